"""Reports from partner organizations' tools: a whole report at once, triaged like any other."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.engine.text import zip_code
from app.extensions import db
from app.intake.tickets import end_conversation, ensure_ticket
from app.models import Answer, Conversation, Ticket
from app.models import conversation as conv_status
from app.privacy.receipts import format_receipt, new_receipt, receipt_hash
from app.runtime import Runtime

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PartnerReport:
    narrative: str
    language: str
    occurred_at: datetime | None = None
    location: str | None = None
    agency: str | None = None


def recency(occurred_at: datetime, now: datetime, zone: object) -> str:
    """The same time buckets the conversations use, so triage reads partners alike."""
    age = now - occurred_at
    if age <= timedelta(minutes=15):
        return "now"
    if age <= timedelta(hours=1):
        return "within_hour"
    if occurred_at.astimezone(zone).date() == now.astimezone(zone).date():  # type: ignore[arg-type]
        return "today"
    return "earlier"


def file_report(
    rt: Runtime, partner_id: int, report: PartnerReport, now: datetime
) -> tuple[Ticket, str]:
    """File the report as a finished, triaged ticket; returns it and its receipt (shown once)."""
    conversation = Conversation(
        channel="partner",
        flow_ref="partner-api",
        locale=report.language,
        created_at=now,
        last_activity_at=now,
    )
    db.session.add(conversation)
    db.session.flush()

    def answer(field: str, value: object = None, text: str | None = None) -> None:
        db.session.add(
            Answer(
                conversation_id=conversation.id,
                step_id="partner",
                field=field,
                value=value,
                text_enc=rt.vault.encrypt(text) if text else None,
                created_at=now,
            )
        )

    answer("narrative", text=report.narrative)
    if report.occurred_at is not None:
        answer(
            "when",
            {
                "recency": recency(report.occurred_at, now, rt.settings.zone),
                "at": report.occurred_at.isoformat(),
            },
        )
    if report.location:
        answer("where", {"zip": zip_code(report.location)}, report.location)
    if report.agency:
        answer("agency", report.agency)
    db.session.flush()
    ticket, _ = ensure_ticket(rt, conversation)
    ticket.incomplete = False
    digits = new_receipt()
    ticket.receipt_hash = receipt_hash(rt.pepper, digits)
    end_conversation(conversation, conv_status.SUBMITTED, now)
    log.info(
        "partner.report ticket=%s partner=%s priority=%s", ticket.id, partner_id, ticket.priority
    )
    return ticket, format_receipt(digits)
