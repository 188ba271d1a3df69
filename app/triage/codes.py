"""Reason codes, how they group into priorities and flags, and the order staff read them in."""

from __future__ import annotations

from collections.abc import Iterable

# The order reasons are listed in: time first, then what puts a person at risk, then the
# rest. Stable: tickets store these codes, so a code is never renamed, only added.
ORDER: tuple[str, ...] = (
    "happening_now",
    "within_hour",
    "nothing_else_known",
    "medical_needed",
    "weapon_fired",
    "child_alone",
    "minor_detained",
    "person_detained",
    "raid",
    "agents_at_door",
    "id_checks",
    "roadblock",
    "questioning",
    "use_of_force",
    "injury",
    "weapon_pointed",
    "property_damage",
    "retaliation",
    "police_helped_detain",
    "police_blocked_traffic",
    "police_shared_info",
    "police_asked_status",
    "police_threatened_immigration",
    "police_helped",
    "police_stood_by",
    "police_present",
    "police_conduct",
    "agents_present",
    "surveillance",
    "masked_agents",
    "agents_unidentified",
    "no_judicial_warrant",
    "weapon_shown",
    "agent_identified",
    "vehicle_identified",
    "plates_hidden",
    "evidence_media",
    "threatened_with_immigration",
    "unclassified_account",
    "sensitive_location",
    "minor_involved",
    "happened_earlier",
    "agency_ice",
    "agency_cbp",
    "agency_other_federal",
    "agency_cpd",
    "agency_other_police",
    "question_or_rights",
    "spam",
    "test_message",
    "nothing_usable",
)
CODES: frozenset[str] = frozenset(ORDER)
_RANK = {code: index for index, code in enumerate(ORDER)}

TIME_NOW: frozenset[str] = frozenset({"happening_now", "within_hour"})
TIME: frozenset[str] = TIME_NOW | {"happened_earlier"}
AGENCY: frozenset[str] = frozenset(
    {
        "agency_ice",
        "agency_cbp",
        "agency_other_federal",
        "agency_cpd",
        "agency_other_police",
    }
)
# Context that makes a report more serious but is not an encounter on its own.
SUPPORT: frozenset[str] = frozenset({"sensitive_location", "minor_involved"})
LOW: frozenset[str] = frozenset({"question_or_rights", "spam", "test_message", "nothing_usable"})

# P1 whenever it is said: someone needs medical help now.
P1_ALWAYS: frozenset[str] = frozenset({"medical_needed"})
# P1 when it is happening now or within the hour, whoever the agents are.
P1_NOW_ANY: frozenset[str] = frozenset(
    {
        "use_of_force",
        "injury",
        "weapon_pointed",
        "weapon_fired",
        "child_alone",
        "minor_detained",
    }
)
# P1 when happening now and not a purely local police matter: enforcement in progress.
P1_NOW_ENFORCEMENT: frozenset[str] = frozenset(
    {
        "person_detained",
        "raid",
        "agents_at_door",
        "id_checks",
        "roadblock",
        "questioning",
        "police_helped_detain",
        "police_blocked_traffic",
        "police_shared_info",
        "police_asked_status",
        "police_helped",
        # Breaking in right now: a forced entry in progress is agents at the door.
        "property_damage",
    }
)
P1_ANY: frozenset[str] = (
    TIME_NOW | P1_ALWAYS | P1_NOW_ANY | P1_NOW_ENFORCEMENT | {"nothing_else_known"}
)
# P2: serious harm that already happened, or local police cooperating with enforcement.
P2_HARM: frozenset[str] = frozenset(
    {
        "use_of_force",
        "injury",
        "weapon_pointed",
        "weapon_fired",
        "person_detained",
        "minor_detained",
        "child_alone",
        "property_damage",
        "retaliation",
        "medical_needed",
        "police_helped_detain",
        "police_blocked_traffic",
        "police_shared_info",
        "police_asked_status",
        "police_threatened_immigration",
        "police_helped",
    }
)
# Anything that shows an encounter took place (P3 at least).
ENCOUNTER: frozenset[str] = CODES - TIME - AGENCY - SUPPORT - LOW - {"nothing_else_known"}

# Local police working with, helping or standing by for immigration enforcement.
COOPERATION: frozenset[str] = frozenset(
    {
        "police_helped_detain",
        "police_blocked_traffic",
        "police_shared_info",
        "police_asked_status",
        "police_threatened_immigration",
        "police_helped",
        "police_stood_by",
    }
)
# Agents acting against a person (arrest, detention, questioning, force, entry).
ACTION: frozenset[str] = frozenset(
    {
        "person_detained",
        "minor_detained",
        "raid",
        "agents_at_door",
        "id_checks",
        "roadblock",
        "questioning",
        "use_of_force",
        "injury",
        "weapon_pointed",
        "weapon_fired",
        "property_damage",
        "medical_needed",
        "no_judicial_warrant",
        "retaliation",
        "child_alone",
    }
)
# Agents or their vehicles seen, with no action against a person.
SIGHTING: frozenset[str] = frozenset(
    {
        "agents_present",
        "surveillance",
        "masked_agents",
        "agents_unidentified",
        "weapon_shown",
        "agent_identified",
        "vehicle_identified",
        "plates_hidden",
    }
)

# Police cooperation that can happen from afar: sharing an address, asking status at their own
# stop, threatening to call immigration. Alone, it does not put police at the scene.
REMOTE_COOPERATION: frozenset[str] = frozenset(
    {"police_shared_info", "police_asked_status", "police_threatened_immigration"}
)
# Which reasons raise which flag (local_police_present is also set by the rules directly).
FLAG_CODES: dict[str, frozenset[str]] = {
    "ongoing": frozenset({"happening_now"}),
    "detention": frozenset({"person_detained", "minor_detained", "police_helped_detain"}),
    "use_of_force": frozenset({"use_of_force", "weapon_fired"}),
    "injury": frozenset({"injury"}),
    "medical_needed": frozenset({"medical_needed"}),
    "weapon": frozenset({"weapon_fired", "weapon_pointed", "weapon_shown"}),
    "minor_involved": frozenset({"minor_involved", "minor_detained", "child_alone"}),
    "agent_identified": frozenset({"agent_identified"}),
    "vehicle_identified": frozenset({"vehicle_identified"}),
    "local_police_present": frozenset(
        {
            "police_present",
            "police_stood_by",
            "police_helped_detain",
            "police_blocked_traffic",
            "police_helped",
        }
    ),
    "property_damage": frozenset({"property_damage"}),
    "retaliation": frozenset({"retaliation"}),
    "evidence_media": frozenset({"evidence_media"}),
    "no_judicial_warrant": frozenset({"no_judicial_warrant"}),
    "masked_agents": frozenset({"masked_agents"}),
    "sensitive_location": frozenset({"sensitive_location"}),
}


def ordered(codes: Iterable[str]) -> list[str]:
    """Codes in reading order; unknown codes (from a newer version) go last, as given."""
    unique = list(dict.fromkeys(codes))
    return sorted(unique, key=lambda c: (_RANK.get(c, len(ORDER)), unique.index(c)))


def priority_codes(priority: str, codes: Iterable[str]) -> list[str]:
    """The codes among `codes` that explain `priority`, in reading order.

    Triage lists these first; explain() recomputes them from stored codes, so a ticket's
    headline stays the same however its reasons were stored.
    """
    present = ordered(codes)
    if priority == "P1":
        return [c for c in present if c in P1_ANY]
    if priority == "P2":
        harm = [c for c in present if c in P2_HARM]
        if harm:
            return [c for c in present if c in TIME_NOW or c in P2_HARM]
        return [c for c in present if c in TIME_NOW or c in ENCOUNTER]
    if priority == "P3":
        return [c for c in present if c in ENCOUNTER]
    return [c for c in present if c in LOW]
