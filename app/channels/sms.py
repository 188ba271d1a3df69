"""Twilio Messaging webhooks: inbound SMS, MMS and WhatsApp, answered with TwiML."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, request
from twilio.twiml.messaging_response import MessagingResponse

from app.channels.delivery import once
from app.channels.twilio_auth import twilio_signed
from app.engine.runner import Inbound, Media, Reply
from app.intake.service import receive
from app.runtime import runtime

log = logging.getLogger(__name__)
bp = Blueprint("sms", __name__, url_prefix="/twilio")

MAX_MEDIA = 10  # Twilio's own limit per message
MAX_BODY = 10_000


def twiml(replies: tuple[Reply, ...]) -> str:
    response = MessagingResponse()
    for reply in replies:
        response.message(reply.text)
    return str(response)


def _bad_request(message: str) -> Response:
    return Response(message + "\n", status=400, mimetype="text/plain")


@bp.post("/sms")
@twilio_signed
def inbound() -> Response:
    form = request.form
    sid = form.get("MessageSid", "").strip()
    sender = form.get("From", "").strip()
    if not sid or not sender:
        return _bad_request("MessageSid and From are required")
    body = form.get("Body", "")
    if len(body) > MAX_BODY:
        return _bad_request(f"Body is longer than {MAX_BODY} characters")
    # With Twilio's Advanced Opt-Out the keyword may arrive translated; its type is exact.
    opt_out = form.get("OptOutType", "").strip().upper()
    if opt_out in ("STOP", "START", "HELP"):
        body = opt_out
    raw_count = form.get("NumMedia", "0").strip() or "0"
    if not raw_count.isdigit() or int(raw_count) > MAX_MEDIA:
        return _bad_request(f"NumMedia must be a whole number from 0 to {MAX_MEDIA}")
    media = tuple(
        Media(
            content_type=form.get(f"MediaContentType{i}", "application/octet-stream"),
            ref=form.get(f"MediaUrl{i}", ""),
        )
        for i in range(int(raw_count))
    )
    rt = runtime()

    def produce() -> str:
        outcome = receive(rt, "sms", sender, Inbound(body, media))
        log.info(
            "sms.handled conversation=%s state=%s replies=%d",
            outcome.conversation_id,
            outcome.state,
            len(outcome.replies),
        )
        return twiml(outcome.replies)

    return Response(once("sms:" + sid, produce), mimetype="application/xml")


@bp.post("/sms/status")
@twilio_signed
def status() -> Response:
    # Delivery reports name no resident; only the outcome is worth a log line.
    state = request.form.get("MessageStatus", "unknown")[:32]
    error = request.form.get("ErrorCode", "")[:16]
    log.info("sms.status status=%s error=%s", state, error or "-")
    return Response(status=204)
