"""What each kind of outbox job does."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy.engine import CursorResult
from twilio.base.exceptions import TwilioException

from app.channels import twilio_rest
from app.engine.markers import N_
from app.engine.messages import STAFF_REPLY
from app.extensions import db
from app.jobs.errors import JobFailed
from app.jobs.outbox import enqueue
from app.jobs.recordings import fetch_recording
from app.models import Delivery, OnCallResponder, OutboxJob, Ticket, TicketMessage
from app.runtime import Runtime
from app.staff.oncall import responders_on_duty

log = logging.getLogger(__name__)

# The alert carries no report text: whoever sees the responder's phone learns nothing.
ONCALL_ALERT = N_("Testigo: %(priority)s ticket %(ticket)s needs action now. Sign in to see it.")


def alert_oncall(rt: Runtime, job: OutboxJob, now: datetime) -> None:
    """Fan out: one send job per responder, so one failure never repeats the others.

    Those on duty now get it; if nobody is, every active responder does, since an
    emergency texted off-hours beats one that reaches no one.
    """
    ticket = db.session.get(Ticket, job.payload.get("ticket_id"))
    if ticket is None:
        log.info("alert.ticket_gone job=%s", job.id)
        return
    responders = (
        responders_on_duty(rt.settings.zone, now)
        or db.session.scalars(db.select(OnCallResponder).filter_by(active=True)).all()
    )
    if not responders:
        log.warning("alert.no_oncall ticket=%s", ticket.id)
        return
    for responder in responders:
        enqueue("sms_oncall", {"ticket_id": ticket.id, "responder_id": responder.id})
    log.info("alert.fanned_out ticket=%s responders=%d", ticket.id, len(responders))


def sms_oncall(rt: Runtime, job: OutboxJob, now: datetime) -> None:
    responder = db.session.get(OnCallResponder, job.payload.get("responder_id"))
    ticket = db.session.get(Ticket, job.payload.get("ticket_id"))
    if responder is None or not responder.active or ticket is None:
        return
    body = rt.catalogs.translate("en", ONCALL_ALERT, ticket=ticket.id, priority=ticket.priority)
    try:
        twilio_rest.send_sms(rt.settings, rt.vault.decrypt(responder.number_enc), body)
    except (TwilioException, twilio_rest.TwilioNotConfigured, OSError) as exc:
        raise JobFailed(f"sms to responder {responder.id} failed: {type(exc).__name__}") from exc
    log.info("alert.sent ticket=%s responder=%s", job.payload.get("ticket_id"), responder.id)


def relay_message(rt: Runtime, job: OutboxJob, now: datetime) -> None:
    """A staff reply texted to a resident who agreed to be contacted, until consent expires."""
    message = db.session.get(TicketMessage, job.payload.get("message_id"))
    if message is None or message.direction != "staff":
        return
    ticket = message.ticket
    if not ticket.contact_ok or ticket.contact_enc is None:
        log.info("relay.no_consent ticket=%s", ticket.id)
        return
    if ticket.contact_expires_at is not None and ticket.contact_expires_at < now:
        log.info("relay.consent_expired ticket=%s", ticket.id)
        return
    body = rt.catalogs.translate(
        ticket.language, STAFF_REPLY, message=rt.vault.decrypt(message.body_enc)
    )
    try:
        twilio_rest.send_sms(rt.settings, rt.vault.decrypt(ticket.contact_enc), body)
    except (TwilioException, twilio_rest.TwilioNotConfigured, OSError) as exc:
        raise JobFailed(f"relay for ticket {ticket.id} failed: {type(exc).__name__}") from exc
    log.info("relay.sent ticket=%s message=%s", ticket.id, message.id)


HANDLERS: dict[str, Callable[[Runtime, OutboxJob, datetime], None]] = {
    "alert_oncall": alert_oncall,
    "sms_oncall": sms_oncall,
    "relay_message": relay_message,
    "fetch_recording": fetch_recording,
}


def purge(rt: Runtime, now: datetime) -> dict[str, int]:
    """Retention: old delivery records and finished jobs go; counts are logged, nothing else."""
    dedup_cutoff = now - timedelta(seconds=rt.settings.dedup_retention_seconds)
    deliveries = cast(
        CursorResult[Any],
        db.session.execute(db.delete(Delivery).where(Delivery.created_at < dedup_cutoff)),
    ).rowcount
    jobs = cast(
        CursorResult[Any],
        db.session.execute(db.delete(OutboxJob).where(OutboxJob.done_at < now - timedelta(days=7))),
    ).rowcount
    counts = {"deliveries": deliveries or 0, "jobs": jobs or 0}
    log.info("purge.done deliveries=%d jobs=%d", counts["deliveries"], counts["jobs"])
    return counts
