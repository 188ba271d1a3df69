"""Golden transcripts: whole conversations through the real SMS webhook, compared word for word.

Each file in tests/golden/ lists what a resident sends and what the line must answer.
`{receipt}` stands for the receipt, which is random. After a deliberate change of wording,
rewrite them with `pytest tests/test_golden.py --update-golden` and review the diff.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import Phone

GOLDEN = Path(__file__).parent / "golden"
RECEIPT = re.compile(r"\d{4}-\d{4}-\d{4}-\d{4}")


def _files() -> list[Path]:
    return sorted(GOLDEN.glob("*.yaml"))


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.stem)
def test_golden_transcript(path: Path, client, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    script = yaml.safe_load(path.read_text(encoding="utf-8"))
    phone = Phone(client, script.get("from", "+13125550150"))
    actual = []
    for turn in script["turns"]:
        said = [RECEIPT.sub("{receipt}", text) for text in phone.send(turn["send"])]
        actual.append({"send": turn["send"], "expect": said})
    if request.config.getoption("--update-golden"):
        script["turns"] = actual
        path.write_text(
            yaml.safe_dump(script, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
        )
        return
    for number, (want, got) in enumerate(zip(script["turns"], actual, strict=True), 1):
        assert got["expect"] == want["expect"], f"turn {number}: sent {want['send']!r}"
