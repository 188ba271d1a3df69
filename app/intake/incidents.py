"""Linking reports: one incident for reports close in time and place, and pattern links.

Several people often report the same raid. Reports in the same community area, within the
incident window of each other and naming compatible agencies become one incident, which
staff can confirm, merge or split; once a person has decided, automatic linking leaves the
ticket alone. Reports that give the same badge number, agent name or plate are linked as a
pattern, through keyed hashes of the normalized identifier, never the identifier itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.extensions import db
from app.models import PatternKey, Ticket
from app.models.base import new_id
from app.places import locate
from app.privacy.identity import keyed_hash
from app.runtime import Runtime
from app.triage.identifiers import identifiers
from app.triage.model import FEDERAL_AGENCIES, LOCAL_AGENCIES, Report, Text

AUTO = "auto"
STAFF = "staff"
# Questions, tests and spam are not part of any incident.
_LINKABLE = frozenset(
    {"federal_enforcement", "police_federal_cooperation", "police_misconduct", "sighting"}
)
_COOPERATION = "police_federal_cooperation"


def community_area(report: Report) -> int | None:
    """The community area the resident's words give: the "where" answer first."""
    ordered = sorted(report.texts, key=lambda t: 0 if t.field == "where" else 1)
    for text in ordered:
        if text.field not in ("where", "narrative"):
            continue
        place = locate(text.text)
        if place.community_area is not None:
            return place.community_area
    return None


def occurred_at(report: Report) -> datetime | None:
    """The time the resident gave (an hour at most), from the "when" answer."""
    when = report.answers.get("when")
    if not isinstance(when, dict) or not when.get("at"):
        return None
    try:
        at = datetime.fromisoformat(str(when["at"]))
    except ValueError:
        return None
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def event_time(ticket: Ticket) -> datetime:
    return ticket.occurred_at or ticket.created_at


def compatible(a: Ticket, b: Ticket) -> bool:
    """Whether two reports could be about the same agents.

    Federal agencies go together (residents tell ICE from Border Patrol poorly), local
    police go together, and "unknown" goes with anything. Local police and federal agents
    go together when either report says the police were there with the agents.
    """
    if "unknown" in (a.agency, b.agency):
        return True
    federal = {t.agency in FEDERAL_AGENCIES for t in (a, b)}
    if len(federal) == 1:
        return True
    together = [
        t.category == _COOPERATION or "local_police_present" in (t.flags or []) for t in (a, b)
    ]
    return any(together) and {a.agency, b.agency} <= FEDERAL_AGENCIES | LOCAL_AGENCIES


def _candidates(ticket: Ticket, window: timedelta) -> list[Ticket]:
    when = event_time(ticket)
    # created_at bounds the query; the exact window is checked on each report's own time,
    # which is never later than when it was received.
    rows = db.session.scalars(
        db.select(Ticket).where(
            Ticket.community_area == ticket.community_area,
            Ticket.id != ticket.id,
            Ticket.created_at >= when - window,
            Ticket.created_at <= when + window + timedelta(days=2),
        )
    ).all()
    return [
        other
        for other in rows
        if other.category in _LINKABLE
        and abs(event_time(other) - when) <= window
        and compatible(ticket, other)
        and not (other.incident_source == STAFF and other.incident_id is None)
    ]


def link_incident(rt: Runtime, ticket: Ticket) -> None:
    """Put the ticket in the incident of nearby, compatible reports, or take it out.

    Staff decisions stand: a ticket a person merged, confirmed or split is not touched.
    """
    if ticket.incident_source == STAFF:
        return
    window = timedelta(minutes=rt.settings.incident_window_minutes)
    others: list[Ticket] = []
    if ticket.community_area is not None and ticket.category in _LINKABLE:
        others = _candidates(ticket, window)
    previous = ticket.incident_id
    if not others:
        if previous is not None:
            ticket.incident_id = None
            ticket.incident_source = None
            drop_if_alone(previous)
        return
    when = event_time(ticket)
    nearest = sorted(others, key=lambda o: (o.incident_id is None, abs(event_time(o) - when)))
    incident = nearest[0].incident_id or previous or new_id("I")
    for other in others:
        if other.incident_id is None:
            other.incident_id = incident
            other.incident_source = AUTO
    ticket.incident_id = incident
    ticket.incident_source = AUTO
    if previous is not None and previous != incident:
        drop_if_alone(previous)


def drop_if_alone(incident: str | None) -> None:
    """An incident of one report is no incident, unless a person put it there."""
    if incident is None:
        return
    members = db.session.scalars(db.select(Ticket).where(Ticket.incident_id == incident)).all()
    if len(members) == 1 and members[0].incident_source == AUTO:
        members[0].incident_id = None
        members[0].incident_source = None


def pattern_key(rt: Runtime, kind: str, value: str) -> str:
    return keyed_hash(rt.pepper, "pattern", f"{kind}:{value}")[:32]


def update_patterns(rt: Runtime, ticket: Ticket, texts: Sequence[Text]) -> None:
    """Store the keyed hashes of the identifiers the report gives, replacing earlier ones."""
    wanted = {(i.kind, pattern_key(rt, i.kind, i.value)) for i in identifiers(texts)}
    db.session.execute(db.delete(PatternKey).where(PatternKey.ticket_id == ticket.id))
    for kind, key in sorted(wanted):
        db.session.add(PatternKey(ticket_id=ticket.id, kind=kind, key=key))


@dataclass(frozen=True)
class PatternLink:
    kind: str
    ticket: Ticket


def pattern_links(ticket_id: str) -> list[PatternLink]:
    """Other reports giving one of this report's identifiers, oldest first."""
    mine = db.session.execute(
        db.select(PatternKey.kind, PatternKey.key).where(PatternKey.ticket_id == ticket_id)
    ).all()
    if not mine:
        return []
    links: dict[tuple[str, str], PatternLink] = {}
    for kind, key in mine:
        rows: Iterable[Ticket] = db.session.scalars(
            db.select(Ticket)
            .join(PatternKey, PatternKey.ticket_id == Ticket.id)
            .where(PatternKey.key == key, PatternKey.kind == kind, Ticket.id != ticket_id)
        ).all()
        for other in rows:
            links.setdefault((kind, other.id), PatternLink(kind, other))
    return sorted(links.values(), key=lambda link: (link.ticket.created_at, link.kind))
