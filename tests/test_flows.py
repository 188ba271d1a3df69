"""Flows as data: validation catches broken flows, and the checker the CI runs agrees."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from flask.testing import FlaskCliRunner

from app.engine.babel_extract import extract_flow
from app.engine.loader import FLOWS_DIR, load_flows
from app.engine.schema import FORBIDDEN_FIELDS, FlowError, parse_flow
from app.extensions import db

INTAKE = yaml.safe_load((FLOWS_DIR / "intake.yaml").read_text())


def broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(INTAKE)
    change(data)
    return data


def test_the_shipped_flows_are_valid() -> None:
    flows = load_flows()
    assert "intake" in flows
    intake = flows["intake"]
    assert intake.start == "what_happened"
    assert intake.ref.startswith("intake@2:")
    # The web says it its own way; SMS keeps the keyword wording.
    assert "Reply SKIP" in intake.steps["what_happened"].prompt_for("sms")
    assert "Reply SKIP" not in intake.steps["what_happened"].prompt_for("web")
    assert intake.message("end", "voice") == intake.message("end", "sms")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(spec_version=2), "spec_version"),
        (lambda d: d["steps"][1].update(next="nowhere"), "does not exist"),
        (
            lambda d: d["steps"].append(
                {"id": "orphan", "type": "text", "field": "orphan", "prompt": "Hm?", "next": "end"}
            ),
            "unreachable",
        ),
        (lambda d: d["steps"][0].update(type="essay"), "type must be"),
        (lambda d: d["steps"][1].update(id="what_happened"), "duplicate step id"),
        (lambda d: d["steps"][2].update(field="address"), "never ask"),
        (lambda d: d["steps"][2].update(field="immigration_status"), "never ask"),
        (lambda d: d["steps"][2].update(field="narrative"), "already filled"),
        (
            lambda d: d["steps"][3].update(choices=[{"value": "ice", "label": "ICE"}]),
            "at least two choices",
        ),
        (lambda d: d["messages"].pop("end"), "'end' is missing"),
        (lambda d: d["messages"].update(end="Thanks!"), "must show"),
        (lambda d: d["steps"][-1].update(next="what_happened"), "end can never be reached"),
        (
            lambda d: d["steps"][1].update(
                next=[{"if": {"field": "x", "equals": 1}, "goto": "where"}]
            ),
            "last branch",
        ),
        (lambda d: d["steps"][0].pop("prompt"), "prompt"),
        (lambda d: d["steps"][0].update(prompt={"web": "Hi?"}), "a default is needed"),
        (
            lambda d: d["steps"][0].update(prompt={"default": "Hi?", "fax": "Hi"}),
            "unknown variants",
        ),
        (
            lambda d: d["messages"].update(end={"default": "Done: %(receipt)s", "web": "Done."}),
            "must show",
        ),
    ],
)
def test_validation_names_the_fault(change: Any, message: str) -> None:
    with pytest.raises(FlowError, match=message):
        parse_flow(broken(change), "intake.yaml")


def test_no_shipped_flow_asks_for_forbidden_fields() -> None:
    for flow in load_flows().values():
        for step in flow.steps.values():
            assert step.field not in FORBIDDEN_FIELDS


def test_every_step_is_skippable_and_mentions_no_forbidden_question() -> None:
    for flow in load_flows().values():
        for step in flow.steps.values():
            prompt = step.prompt.lower()
            for phrase in (
                "your name",
                "your address",
                "date of birth",
                "are you legal",
                "immigration status",
                "citizen",
            ):
                assert phrase not in prompt, (step.id, phrase)


def test_flows_check_passes_on_the_shipped_flows(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["flows", "check"])
    assert result.exit_code == 0, result.output
    assert "ok: 2 flow(s)" in result.output


def test_flows_check_fails_on_a_broken_flow(
    runner: FlaskCliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = broken(lambda d: d["steps"][1].update(next="nowhere"))
    (tmp_path / "intake.yaml").write_text(yaml.safe_dump(bad, allow_unicode=True))
    monkeypatch.setattr("app.engine.loader.FLOWS_DIR", tmp_path)
    monkeypatch.setattr("app.cli.load_flows", lambda: load_flows(tmp_path))
    result = runner.invoke(args=["flows", "check"])
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_extractor_finds_prompts_labels_and_messages() -> None:
    with (FLOWS_DIR / "intake.yaml").open("rb") as handle:
        found = {msgid for _, _, msgid, _ in extract_flow(handle, None, None, None)}
    flow = load_flows()["intake"]
    assert set(flow.msgids()) == found


def test_migrations_match_the_models(app: Flask) -> None:
    """A model changed without a migration would break every deployment's `db upgrade`."""
    with app.app_context(), db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"render_as_batch": True})
        assert compare_metadata(context, db.metadata) == []
