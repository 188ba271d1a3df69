"""The report triage reads and the result it gives back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

PRIORITIES: tuple[str, ...] = ("P1", "P2", "P3", "P4")
CATEGORIES: tuple[str, ...] = (
    "federal_enforcement",
    "police_federal_cooperation",
    "police_misconduct",
    "sighting",
    "other",
)
AGENCIES: tuple[str, ...] = ("ice", "cbp", "other_federal", "cpd", "other_police", "unknown")
FEDERAL_AGENCIES: frozenset[str] = frozenset({"ice", "cbp", "other_federal"})
LOCAL_AGENCIES: frozenset[str] = frozenset({"cpd", "other_police"})
FLAGS: tuple[str, ...] = (
    "ongoing",
    "detention",
    "use_of_force",
    "injury",
    "medical_needed",
    "weapon",
    "minor_involved",
    "agent_identified",
    "vehicle_identified",
    "local_police_present",
    "property_damage",
    "retaliation",
    "evidence_media",
    "no_judicial_warrant",
    "masked_agents",
    "sensitive_location",
)
TEXT_FIELDS: tuple[str, ...] = (
    "narrative",
    "agents",
    "identifiers",
    "media",
    "when",
    "where",
    "other",
)
SOURCES: tuple[str, ...] = ("answer", "text")


@dataclass(frozen=True)
class Text:
    """A piece of free text the resident wrote, and which answer it came from."""

    field: str
    text: str
    locale: str


@dataclass(frozen=True)
class Report:
    """Everything a resident told us: structured answers by field, and their own words.

    A missing answer, or the value "skipped", means unknown.
    """

    answers: Mapping[str, object]
    texts: Sequence[Text]
    channel: str
    media_count: int = 0


@dataclass(frozen=True)
class Reason:
    """Why triage decided something: a stable code and where it came from, never words."""

    code: str
    source: str


@dataclass(frozen=True)
class Triage:
    """Priority, category, flags and agency, with the reasons that produced them.

    The first reasons are the ones that explain the priority.
    """

    priority: str
    category: str
    flags: tuple[str, ...]
    agency: str
    reasons: tuple[Reason, ...]
