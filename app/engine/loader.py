"""Loading every flow in conversations/ and checking it against the catalogs."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

import yaml

from app.engine.schema import Flow, FlowError, parse_flow, placeholders

FLOWS_DIR = Path(__file__).resolve().parent.parent.parent / "conversations"


class Translator(Protocol):
    enabled: tuple[str, ...]

    def translate(self, locale: str, msgid: str, **params: object) -> str: ...

    def translate_in(self, locale: str, context: str, msgid: str) -> str: ...


def load_flows(directory: Path = FLOWS_DIR) -> dict[str, Flow]:
    flows: dict[str, Flow] = {}
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise FlowError(f"{directory}: no flow files")
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise FlowError(f"{path.name}: not valid YAML ({exc.__class__.__name__})") from exc
        flow = parse_flow(data, path.name)
        if flow.id != path.stem:
            raise FlowError(f"{path.name}: id {flow.id!r} must match the file name")
        flows[flow.id] = flow
    return flows


def missing_translations(flows: Iterable[Flow], catalogs: Translator) -> list[str]:
    """Each msgid that an enabled locale lacks, or translates with other placeholders."""
    problems: list[str] = []
    for flow in flows:
        for msgid in flow.msgids():
            for locale in catalogs.enabled:
                if locale == "en":
                    continue
                text = catalogs.translate(locale, msgid)
                if text == msgid and msgid.strip() and any(c.isalpha() for c in msgid):
                    problems.append(f"{flow.id}: {locale} has no translation of {msgid!r}")
                elif placeholders(text) != placeholders(msgid):
                    problems.append(f"{flow.id}: {locale} placeholders differ in {msgid!r}")
    return problems
