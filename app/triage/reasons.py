"""Staff-facing words for triage results: English msgids for gettext, and explain()."""

from __future__ import annotations

from collections.abc import Callable

from app.triage.codes import priority_codes
from app.triage.model import Reason, Triage


def N_(msgid: str) -> str:
    """Mark a msgid for the catalog (the build extracts N_); translated where it is shown."""
    return msgid


REASON_TEXTS: dict[str, str] = {
    "happening_now": N_("Happening now"),
    "within_hour": N_("Happened within the last hour"),
    "nothing_else_known": N_("Nothing else known yet: check now"),
    "medical_needed": N_("Someone needs medical help now"),
    "weapon_fired": N_("A weapon was fired"),
    "child_alone": N_("A child was left alone"),
    "minor_detained": N_("A minor was detained"),
    "person_detained": N_("Person detained"),
    "raid": N_("Raid or enforcement operation"),
    "agents_at_door": N_("Agents at a door or inside a home"),
    "id_checks": N_("Agents checking IDs or papers"),
    "roadblock": N_("Roadblock or checkpoint"),
    "questioning": N_("People stopped, questioned or searched"),
    "use_of_force": N_("Use of force"),
    "injury": N_("Someone was injured"),
    "weapon_pointed": N_("A weapon was pointed or used"),
    "property_damage": N_("Forced entry or property damage"),
    "retaliation": N_("Threats or retaliation against the reporter"),
    "police_helped_detain": N_("Local police helped detain someone"),
    "police_blocked_traffic": N_("Local police blocked streets or held a perimeter"),
    "police_shared_info": N_("Local police asked for papers or shared information"),
    "police_asked_status": N_("Local police asked about immigration status"),
    "police_threatened_immigration": N_("Local police threatened to call immigration"),
    "police_helped": N_("Local police helped immigration enforcement"),
    "police_stood_by": N_("Local police stood by"),
    "police_present": N_("Local police were present"),
    "police_conduct": N_("Local police conduct"),
    "agents_present": N_("Agents or vehicles seen"),
    "surveillance": N_("Surveillance or following"),
    "masked_agents": N_("Agents wore masks"),
    "agents_unidentified": N_("Agents showed no ID"),
    "no_judicial_warrant": N_("No warrant signed by a judge"),
    "weapon_shown": N_("A weapon was shown"),
    "agent_identified": N_("Agent name or badge number given"),
    "vehicle_identified": N_("Vehicle plate given"),
    "plates_hidden": N_("Vehicle plates missing or covered"),
    "evidence_media": N_("Photos or video exist"),
    "threatened_with_immigration": N_("Someone threatened to call immigration"),
    "unclassified_account": N_("Account needs reading: no known pattern found"),
    "sensitive_location": N_("At a school, place of worship, court, hospital or day care"),
    "minor_involved": N_("A child was involved"),
    "happened_earlier": N_("Happened earlier"),
    "agency_ice": N_("Agency: ICE"),
    "agency_cbp": N_("Agency: Border Patrol (CBP)"),
    "agency_other_federal": N_("Agency: other federal agents"),
    "agency_cpd": N_("Agency: Chicago police"),
    "agency_other_police": N_("Agency: other local police"),
    "question_or_rights": N_("Question or know-your-rights request"),
    "spam": N_("Spam or advertising"),
    "test_message": N_("Test message"),
    "nothing_usable": N_("Nothing usable in the report"),
}

PRIORITY_TEXTS: dict[str, str] = {
    "P1": N_("P1: emergency, act now"),
    "P2": N_("P2: urgent"),
    "P3": N_("P3: standard"),
    "P4": N_("P4: information / low"),
}

CATEGORY_TEXTS: dict[str, str] = {
    "federal_enforcement": N_("Federal enforcement"),
    "police_federal_cooperation": N_("Local police cooperating with federal enforcement"),
    "police_misconduct": N_("Local police misconduct"),
    "sighting": N_("Sighting"),
    "other": N_("Other"),
}

AGENCY_TEXTS: dict[str, str] = {
    "ice": N_("ICE"),
    "cbp": N_("Border Patrol (CBP)"),
    "other_federal": N_("Other federal agents"),
    "cpd": N_("Chicago police"),
    "other_police": N_("Other local police"),
    "unknown": N_("Unknown agency"),
}

FLAG_TEXTS: dict[str, str] = {
    "ongoing": N_("Ongoing"),
    "detention": N_("Detention"),
    "use_of_force": N_("Use of force"),
    "injury": N_("Injury"),
    "medical_needed": N_("Medical help needed"),
    "weapon": N_("Weapon"),
    "minor_involved": N_("Minor involved"),
    "agent_identified": N_("Agent identified"),
    "vehicle_identified": N_("Vehicle identified"),
    "local_police_present": N_("Local police present"),
    "property_damage": N_("Property damage"),
    "retaliation": N_("Retaliation"),
    "evidence_media": N_("Photos or video"),
    "no_judicial_warrant": N_("No judicial warrant"),
    "masked_agents": N_("Masked agents"),
    "sensitive_location": N_("Sensitive location"),
}

HEADLINE = N_("%(priority)s: %(reasons)s")
FROM_TEXT = N_("%(reason)s (from the resident's words)")
FROM_ANSWER = N_("%(reason)s (from the answers)")
UNKNOWN_REASON = N_("Reason from a newer version of Testigo")


def _identity(msgid: str) -> str:
    return msgid


def reason_text(reason: Reason) -> str:
    """The English msgid for a reason (to be passed through gettext)."""
    return REASON_TEXTS.get(reason.code, UNKNOWN_REASON)


def priority_text(priority: str) -> str:
    """The English msgid naming a priority, e.g. "P1: emergency, act now"."""
    return PRIORITY_TEXTS.get(priority, priority)


def _lower_first(text: str) -> str:
    # "Person detained" reads as "P1: happening now; person detained", but an acronym
    # ("ICE …") keeps its capitals.
    first_word = text.split(" ", 1)[0]
    if len(first_word) > 1 and first_word.isupper():
        return text
    return text[:1].lower() + text[1:]


def explain(result: Triage, gettext: Callable[[str], str] = _identity) -> list[str]:
    """Lines for staff: a headline naming what set the priority, then every reason.

    Built only from codes and our own msgids, so it never repeats the resident's words.
    """
    lead = priority_codes(result.priority, (r.code for r in result.reasons))
    if lead:
        parts = [_lower_first(gettext(REASON_TEXTS.get(c, UNKNOWN_REASON))) for c in lead]
        headline = gettext(HEADLINE) % {"priority": result.priority, "reasons": "; ".join(parts)}
    else:
        headline = gettext(priority_text(result.priority))
    lines = [headline]
    for reason in result.reasons:
        template = FROM_TEXT if reason.source == "text" else FROM_ANSWER
        lines.append(gettext(template) % {"reason": gettext(reason_text(reason))})
    return lines
