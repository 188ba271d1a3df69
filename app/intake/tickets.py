"""Tickets from conversations: gathering the answers, triaging them, filing and finishing."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from app.extensions import db
from app.intake import incidents
from app.jobs.outbox import enqueue
from app.models import Answer, Conversation, MediaItem, Ticket
from app.models.base import utcnow
from app.runtime import Runtime
from app.staff import search
from app.triage import Report, Text, triage

# Fields whose words triage reads by name; any other free text is "other".
_TEXT_FIELDS = {"narrative", "agents", "identifiers", "media", "when", "where"}
CONTACT_DAYS = 90


def latest_answers(conversation: Conversation) -> dict[str, Answer]:
    """The newest answer per field (a resident who starts over answers again)."""
    latest: dict[str, Answer] = {}
    for answer in sorted(conversation.answers, key=lambda a: a.id or 0):
        latest[answer.field] = answer
    return latest


def report_for(rt: Runtime, conversation: Conversation) -> tuple[Report, str | None]:
    answers: dict[str, Any] = {}
    texts: list[Text] = []
    narrative = None
    for field_name, answer in latest_answers(conversation).items():
        if answer.skipped:
            answers[field_name] = "skipped"
        elif answer.value is not None:
            answers[field_name] = answer.value
        if answer.text_enc is not None:
            words = rt.vault.decrypt(answer.text_enc)
            if field_name == "narrative":
                narrative = words
            kind = field_name if field_name in _TEXT_FIELDS else "other"
            texts.append(Text(kind, words, conversation.locale))
    media = db.session.query(MediaItem).filter_by(conversation_id=conversation.id).count()
    report = Report(answers=answers, texts=texts, channel=conversation.channel, media_count=media)
    return report, narrative


def has_content(conversation: Conversation) -> bool:
    """Whether the resident told us anything at all (not only greetings and skips)."""
    if any(not a.skipped for a in conversation.answers):
        return True
    return db.session.query(MediaItem).filter_by(conversation_id=conversation.id).count() > 0


def refresh(rt: Runtime, ticket: Ticket, conversation: Conversation) -> None:
    """Re-run triage over everything said so far; a staff override keeps its priority."""
    report, narrative = report_for(rt, conversation)
    result = triage(report)
    ticket.triage_priority = result.priority
    if ticket.override_reason is None:
        ticket.priority = result.priority
    ticket.category = result.category
    ticket.flags = list(result.flags)
    ticket.agency = result.agency
    ticket.reasons = [{"code": r.code, "source": r.source} for r in result.reasons]
    ticket.language = conversation.locale
    ticket.advocate = conversation.advocate
    ticket.narrative_enc = rt.vault.encrypt(narrative) if narrative else None
    ticket.media_count = report.media_count
    ticket.contact_ok = report.answers.get("contact_ok") == "yes"
    ticket.share_ok = report.answers.get("share_ok") == "yes"
    if ticket.contact_ok and conversation.contact_enc is not None:
        ticket.contact_enc = conversation.contact_enc
        ticket.contact_expires_at = utcnow() + timedelta(days=CONTACT_DAYS)
    elif not ticket.contact_ok:
        ticket.contact_enc = None
        ticket.contact_expires_at = None
    ticket.updated_at = utcnow()
    ticket.community_area = incidents.community_area(report)
    ticket.occurred_at = incidents.occurred_at(report)
    for item in db.session.query(MediaItem).filter_by(conversation_id=conversation.id):
        item.ticket_id = ticket.id
    db.session.flush()
    search.reindex(rt, ticket)
    incidents.update_patterns(rt, ticket, report.texts)
    incidents.link_incident(rt, ticket)
    needs_alert = ticket.priority == "P1" or "ongoing" in ticket.flags
    if needs_alert and ticket.alerted_at is None:
        # P1, or the resident says it is happening now: on-call hears at once. Saved in the
        # same transaction as the ticket: never lost, never sent for an unsaved one.
        enqueue("alert_oncall", {"ticket_id": ticket.id})
        ticket.alerted_at = utcnow()


def ticket_for(conversation: Conversation) -> Ticket | None:
    found: Ticket | None = (
        db.session.query(Ticket).filter_by(conversation_id=conversation.id).one_or_none()
    )
    return found


def ensure_ticket(rt: Runtime, conversation: Conversation) -> tuple[Ticket, bool]:
    """The conversation's ticket, filed now if it has none; (ticket, newly filed)."""
    ticket = ticket_for(conversation)
    created = ticket is None
    if ticket is None:
        # Filed when the resident last spoke (an idle report is swept later), so service
        # levels count from the report, not from the sweep.
        ticket = Ticket(
            created_at=conversation.last_activity_at,
            updated_at=conversation.last_activity_at,
            channel=conversation.channel,
            language=conversation.locale,
            status="new",
            priority="P4",
            triage_priority="P4",
            category="other",
            agency="unknown",
            flags=[],
            reasons=[],
            incomplete=True,
            conversation_id=conversation.id,
        )
        db.session.add(ticket)
        db.session.flush()
    refresh(rt, ticket, conversation)
    db.session.flush()
    return ticket, created


def end_conversation(conversation: Conversation, status: str, now: datetime) -> None:
    """Forget who it was: the lookup key and the in-progress state go; answers stay."""
    conversation.status = status
    conversation.lookup_key = None
    conversation.state_enc = None
    conversation.contact_enc = None
    conversation.ended_at = now
