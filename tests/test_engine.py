"""The runner is a pure step function, and a conversation keeps the flow version it began with."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import yaml
from conftest import Phone
from flask import Flask
from flask.testing import FlaskClient

from app.engine.loader import FLOWS_DIR
from app.engine.runner import Context, Inbound, handle
from app.engine.schema import parse_flow
from app.runtime import runtime


def _context(app: Flask, receipt: str = "1111-2222-3333-4444") -> Context:
    rt = runtime()
    return Context(
        channel="sms",
        catalogs=rt.catalogs,
        keywords=rt.keywords,
        hooks=rt.hooks,
        now=datetime(2026, 3, 14, 15, 0, tzinfo=UTC),
        receipt=receipt,
    )


def test_same_state_and_input_give_the_same_turn(app: Flask) -> None:
    with app.app_context():
        flow = runtime().flows["intake"]
        ctx = _context(app)
        first = handle(flow, None, Inbound("hello"), ctx)
        again = handle(flow, None, Inbound("hello"), ctx)
        assert first == again
        state = first.state
        assert state is not None
        before = copy.deepcopy(state.to_dict())
        step_a = handle(flow, state, Inbound("they took my neighbour"), ctx)
        step_b = handle(flow, state, Inbound("they took my neighbour"), ctx)
        assert step_a == step_b
        assert state.to_dict() == before  # the old state is untouched


def test_turn_reports_answers_and_events(app: Flask) -> None:
    with app.app_context():
        flow = runtime().flows["intake"]
        ctx = _context(app)
        state = handle(flow, None, Inbound("hello"), ctx).state
        turn = handle(flow, state, Inbound("SKIP"), ctx)
        assert [(a.field, a.skipped) for a in turn.answers] == [("narrative", True)]
        assert [e.kind for e in turn.events] == ["answered"]
        assert turn.state is not None and turn.state.step == "when"


def test_a_conversation_keeps_the_flow_version_it_started_with(
    app: Flask, client: FlaskClient
) -> None:
    started = Phone(client, "+13125550171")
    started.send("hello")
    started.send("agents questioned people at the train station")
    # A new version ships: the "where" question is gone.
    data = yaml.safe_load((FLOWS_DIR / "intake.yaml").read_text())
    data["version"] = 2
    data["steps"] = [s for s in data["steps"] if s["id"] != "where"]
    for step in data["steps"]:
        if step["id"] == "when":
            step["next"] = "agency"
    with app.app_context():
        runtime().flows["intake"] = parse_flow(data, "intake.yaml")
    # The resident already talking still gets version 1, even across the change...
    assert started.send("yesterday")[0].startswith("Where did it happen?")
    # ...while someone starting now gets version 2.
    newcomer = Phone(client, "+13125550172")
    newcomer.send("hello")
    newcomer.send("agents questioned people at the train station")
    assert newcomer.send("yesterday")[0].startswith("Who were the agents?")
