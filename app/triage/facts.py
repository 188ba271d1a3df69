"""Facts a resident's first message already states, so the conversation does not ask again."""

from __future__ import annotations

from app.triage.matcher import Reading, read
from app.triage.rules import text_recency

_HARM = (
    ("force", ("force",)),
    ("injury", ("injury",)),
    ("weapon", ("weapon", "weapon_pointed", "weapon_fired")),
)


def extract_facts(text: str, locale: str) -> dict[str, object]:
    """Answers (in the intake vocabulary) that `text` states plainly and without negation.

    Only positive facts: "nobody was hurt" fills nothing, so the question is still asked
    and the resident can say more.
    """
    reading = read(text, locale)
    found = reading.found()
    facts: dict[str, object] = {}
    # A bare "now" ("now what do I do?") is too weak to skip asking when it happened.
    if text_recency(found - {"now_weak"}) == "now":
        facts["when"] = {"recency": "now", "at": None}
    agency = _named_agency(reading)
    if agency is not None:
        facts["agency"] = agency
    if "detention" in found:
        facts["detained"] = "yes"
    if "minor" in found:
        facts["children"] = "yes"
    harm = [value for value, concepts in _HARM if found & set(concepts)]
    if harm:
        facts["harm"] = harm
    if "medical_now" in found:
        facts["medical_now"] = "yes"
    return facts


def _named_agency(reading: Reading) -> str | None:
    """The agency the message names; a federal one first, as in triage."""
    federal = {
        name: pos for name in ("ice", "cbp") if (pos := reading.first(f"agency_{name}")) is not None
    }
    if federal:
        return min(federal, key=lambda name: federal[name])
    for name in ("other_federal", "cpd", "other_police"):
        if reading.first(f"agency_{name}") is not None:
            return name
    return None
