"""One message from a resident, on any channel: find the conversation, run the engine, save.

Services flush and never commit: the request (or the worker) commits or rolls back, so a
reply is only sent for what was saved.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from babel.dates import format_date
from limits import parse as parse_limit

from app.engine import messages as M
from app.engine.runner import (
    DELETED,
    STOPPED,
    SUBMITTED,
    Context,
    Inbound,
    Reply,
    State,
    Turn,
    handle,
)
from app.engine.schema import Flow, parse_flow
from app.extensions import db, limiter
from app.intake.tickets import end_conversation, ensure_ticket, has_content, refresh, ticket_for
from app.models import Answer, Conversation, FlowVersion, MediaItem, Ticket, TranscriptEntry
from app.models import conversation as conv_status
from app.models.base import utcnow
from app.privacy import media
from app.privacy.identity import lookup_key
from app.privacy.media import Processed
from app.privacy.receipts import format_receipt, new_receipt, parse_receipt, receipt_hash
from app.runtime import Runtime

log = logging.getLogger(__name__)
INTAKE = "intake"


@dataclass(frozen=True)
class Outcome:
    replies: tuple[Reply, ...]
    state: str  # in_progress | submitted | closed
    locale: str
    conversation_id: str | None = None
    ticket_id: str | None = None
    receipt: str | None = None
    # The step the conversation now waits on, if any (a web page shows its choices).
    awaiting: str | None = None


def flow_for(rt: Runtime, ref: str) -> Flow:
    """The flow version a conversation started with, even after a newer one shipped."""
    for flow in rt.flows.values():
        if flow.ref == ref:
            return flow
    stored = db.session.get(FlowVersion, ref)
    if stored is None:
        raise LookupError(f"flow version {ref} is unknown")
    return parse_flow(stored.definition, ref)


def _register(flow: Flow) -> None:
    if db.session.get(FlowVersion, flow.ref) is None:
        db.session.add(
            FlowVersion(
                ref=flow.ref,
                flow_id=flow.id,
                version=flow.version,
                definition=dict(flow.definition),
            )
        )


def receive(
    rt: Runtime,
    channel: str,
    address: str,
    inbound: Inbound,
    *,
    now: datetime | None = None,
    locale_hint: str | None = None,
    advocate: bool = False,
    uploads: Mapping[str, Processed] | None = None,
    flow_id: str = INTAKE,
    keep_opening: bool = False,
    spoken_receipt: bool = False,
    file_early: bool = False,
) -> Outcome:
    """Handle one inbound message from `address` (never stored) on `channel`."""
    now = now or utcnow()
    key = lookup_key(rt.pepper, channel, address)
    query = db.select(Conversation).filter_by(lookup_key=key)
    if db.engine.dialect.name == "postgresql":
        query = query.with_for_update()
    conversation = db.session.scalars(query).one_or_none()

    state: State | None = None
    if conversation is not None and conversation.state_enc is not None:
        state = State.from_dict(rt.vault.decrypt_json(conversation.state_enc))
    flow = flow_for(rt, conversation.flow_ref) if conversation else rt.flows[flow_id]
    digits = new_receipt()
    ctx = Context(
        channel=channel,
        catalogs=rt.catalogs,
        keywords=rt.keywords,
        hooks=rt.hooks,
        # Local time, so "yesterday morning" means the resident's yesterday.
        now=now.astimezone(rt.settings.zone),
        # A receipt read aloud goes digit by digit, in groups of four.
        receipt=spoken(digits) if spoken_receipt else format_receipt(digits),
        rapid_response_number=rt.settings.rapid_response_number,
        locale_hint=locale_hint,
    )
    turn = handle(flow, state, inbound, ctx)
    locale = turn.state.locale if turn.state else (state.locale if state else "en")
    replies = list(turn.replies)

    for event in turn.events:
        if event.kind == "status":
            locale = str(event.data.get("locale") or locale)
            replies.extend(status_replies(rt, key, str(event.data.get("text", "")), locale))

    if turn.state is None and conversation is None:
        # Nothing to keep: a STOP, STATUS or DELETE with no report in progress.
        log.info("intake.keyword_without_conversation channel=%s", channel)
        return Outcome(tuple(replies), "closed", locale)
    if conversation is None and not inbound.text.strip() and not inbound.media and not keep_opening:
        # Opening a chat says nothing yet: show the first question, keep nothing.
        awaiting = turn.state.step if turn.state else None
        return Outcome(tuple(replies), "in_progress", locale, awaiting=awaiting)

    if conversation is None:
        assert turn.state is not None
        _register(flow)
        conversation = Conversation(
            channel=channel,
            advocate=advocate,
            lookup_key=key,
            flow_ref=flow.ref,
            locale=turn.state.locale,
            created_at=now,
            last_activity_at=now,
        )
        db.session.add(conversation)
        db.session.flush()
        log.info(
            "conversation.started id=%s channel=%s locale=%s",
            conversation.id,
            channel,
            conversation.locale,
        )

    kinds = {e.kind for e in turn.events}
    if "deleted" in kinds:
        return _delete(conversation, tuple(replies), locale)

    _save_turn(rt, conversation, inbound, turn, replies, address, now, uploads or {})
    ticket = ticket_for(conversation)
    receipt = None
    status = "in_progress"

    if "urgent" in kinds or (file_early and ticket is None and "answered" in kinds):
        # Urgent: staff must see it now. A caller may hang up at any moment, so a call's
        # report is a ticket from its first answer.
        ticket, _ = ensure_ticket(rt, conversation)
        log.info("ticket.urgent id=%s priority=%s", ticket.id, ticket.priority)
    if "submitted" in kinds:
        ticket, _ = ensure_ticket(rt, conversation)
        ticket.incomplete = False
        ticket.receipt_hash = receipt_hash(rt.pepper, digits)
        receipt = format_receipt(digits)
        end_conversation(conversation, conv_status.SUBMITTED, now)
        status = "submitted"
        log.info("ticket.submitted id=%s priority=%s", ticket.id, ticket.priority)
    elif "stopped" in kinds:
        if ticket is not None or has_content(conversation):
            ticket, _ = ensure_ticket(rt, conversation)
        end_conversation(conversation, conv_status.STOPPED, now)
        status = "closed"
        log.info("conversation.stopped id=%s", conversation.id)
    elif ticket is not None:
        refresh(rt, ticket, conversation)
    db.session.flush()
    awaiting = turn.state.step if turn.state and status == "in_progress" else None
    return Outcome(
        tuple(replies),
        status,
        locale,
        conversation.id,
        ticket.id if ticket else None,
        receipt,
        awaiting,
    )


def _save_turn(
    rt: Runtime,
    conversation: Conversation,
    inbound: Inbound,
    turn: Turn,
    replies: list[Reply],
    address: str,
    now: datetime,
    uploads: Mapping[str, Processed],
) -> None:
    """Each answer, the transcript and any media, saved the moment they arrive."""
    vault = rt.vault
    seq = db.session.query(TranscriptEntry).filter_by(conversation_id=conversation.id).count()
    lines = [("in", inbound.text)] if inbound.text or inbound.media else []
    lines += [("out", reply.text) for reply in replies]
    for offset, (direction, text) in enumerate(lines):
        db.session.add(
            TranscriptEntry(
                conversation_id=conversation.id,
                seq=seq + offset,
                direction=direction,
                body_enc=vault.encrypt(text),
                created_at=now,
            )
        )
    for record in turn.answers:
        db.session.add(
            Answer(
                conversation_id=conversation.id,
                step_id=record.step_id,
                field=record.field,
                value=record.value,
                skipped=record.skipped,
                created_at=now,
                text_enc=vault.encrypt(record.text) if record.text else None,
            )
        )
        if record.field == "contact_ok" and record.value == "yes" and conversation.channel == "sms":
            conversation.contact_enc = vault.encrypt(address)
    for event in turn.events:
        if event.kind == "media":
            for item in event.data.get("items", []):
                processed = uploads.get(item.get("ref", ""))
                if processed is not None:
                    # Uploaded here: the original kept as evidence, a stripped copy for staff.
                    db.session.add(media.store(vault, processed, conversation_id=conversation.id))
                    continue
                db.session.add(
                    MediaItem(
                        conversation_id=conversation.id,
                        content_type=item["content_type"][:100],
                        source_enc=vault.encrypt(item["ref"]) if item.get("ref") else None,
                        created_at=now,
                    )
                )
    if turn.state is not None:
        conversation.locale = turn.state.locale
        if turn.state.status in (SUBMITTED, STOPPED, DELETED):
            conversation.state_enc = None
        else:
            conversation.state_enc = vault.encrypt_json(turn.state.to_dict())
    conversation.last_activity_at = now
    db.session.flush()


def _delete(conversation: Conversation, replies: tuple[Reply, ...], locale: str) -> Outcome:
    """DELETE: the report in progress goes entirely, with any ticket filed from it."""
    ticket = ticket_for(conversation)
    if ticket is not None:
        db.session.delete(ticket)
    db.session.delete(conversation)
    db.session.flush()
    log.info("conversation.deleted")
    return Outcome(replies, "closed", locale)


def spoken(digits: str) -> str:
    return ", ".join(" ".join(digits[i : i + 4]) for i in range(0, 16, 4))


def status_replies(rt: Runtime, key: str, text: str, locale: str) -> list[Reply]:
    """STATUS <receipt>: the ticket's status and the latest staff reply, rate-limited."""
    t = rt.catalogs.translate
    digits = parse_receipt(text)
    if digits is None:
        return [Reply(t(locale, M.STATUS_HOW))]
    limit = parse_limit(f"{rt.settings.receipt_lookups_per_hour}/hour")
    if not limiter.limiter.hit(limit, "receipt-lookup", key):
        log.info("receipt.lookup_limited")
        return [Reply(t(locale, M.STATUS_LIMITED))]
    ticket = db.session.scalars(
        db.select(Ticket).filter_by(receipt_hash=receipt_hash(rt.pepper, digits))
    ).one_or_none()
    if ticket is None:
        log.info("receipt.lookup_miss")
        return [Reply(t(locale, M.STATUS_NOT_FOUND))]
    log.info("receipt.lookup_hit ticket=%s", ticket.id)
    words = t(locale, M.STATUS_WORDS.get(ticket.status, M.STATUS_WORDS["new"]))
    local = ticket.created_at.astimezone(rt.settings.zone)
    date = format_date(local, format="medium", locale=locale)
    replies = [
        Reply(t(locale, M.STATUS_REPLY, receipt=format_receipt(digits), status=words, date=date))
    ]
    staff_replies = [m for m in ticket.messages if m.direction == "staff"]
    if staff_replies:
        latest = rt.vault.decrypt(staff_replies[-1].body_enc)
        replies.append(Reply(t(locale, M.STAFF_REPLY, message=latest)))
    return replies


def expire_idle(rt: Runtime, now: datetime) -> tuple[int, int]:
    """Idle conversations become incomplete tickets; greetings alone are let go.

    Returns (tickets filed, conversations let go).
    """
    cutoff = now - timedelta(seconds=rt.settings.idle_timeout_seconds)
    idle = db.session.scalars(
        db.select(Conversation)
        .filter_by(status=conv_status.ACTIVE)
        .where(Conversation.last_activity_at < cutoff)
        .limit(500)
    ).all()
    filed = dropped = 0
    for conversation in idle:
        if ticket_for(conversation) is not None or has_content(conversation):
            ensure_ticket(rt, conversation)
            filed += 1
            end_conversation(conversation, conv_status.ABANDONED, now)
        else:
            db.session.delete(conversation)
            dropped += 1
    db.session.flush()
    if filed or dropped:
        log.info("conversations.idle filed=%d dropped=%d", filed, dropped)
    return filed, dropped
