"""Public routes that need no sign-in: health, landing, rights, and the receipt page."""

from __future__ import annotations

import logging

from babel.dates import format_date
from flask import Blueprint, Response, jsonify, render_template, request
from flask_babel import gettext as _
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.channels.webchat.chat import MAX_TEXT
from app.engine import messages as M
from app.extensions import db, limiter
from app.models import Ticket, TicketMessage
from app.models.base import utcnow
from app.privacy.receipts import parse_receipt, receipt_hash
from app.public.pages import page_locale, same_origin_post
from app.runtime import runtime
from app.staff import search

log = logging.getLogger(__name__)
bp = Blueprint("public", __name__)
# The receipt is never put back in a page: after a lookup, the page carries this instead.
ACCESS_SALT = "testigo.receipt-access"
ACCESS_SECONDS = 60 * 60


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        log.warning("health.database_unreachable")
        return jsonify({"status": "unavailable"}), 503
    return jsonify({"status": "ok"}), 200


@bp.get("/")
def landing() -> str:
    return render_template(
        "public/landing.html", rapid_response_number=runtime().settings.rapid_response_number
    )


@bp.get("/rights")
def rights() -> str:
    return render_template(
        "public/rights.html", rapid_response_number=runtime().settings.rapid_response_number
    )


def _access() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(runtime().settings.secret_key, salt=ACCESS_SALT)


def _show(
    ticket: Ticket, *, notice: str | None = None, error: str | None = None, status: int = 200
) -> tuple[str, int]:
    rt = runtime()
    locale = page_locale()
    thread = [
        {
            "from_staff": m.direction == "staff",
            "text": rt.vault.decrypt(m.body_enc),
            "date": format_date(m.created_at.astimezone(rt.settings.zone), "medium", locale=locale),
        }
        for m in ticket.messages
        # Staff's internal notes share the table but are never shown to the resident.
        if m.direction in ("staff", "resident")
    ]
    html = render_template(
        "public/receipt.html",
        ticket=ticket,
        status_words=_(M.STATUS_WORDS.get(ticket.status, M.STATUS_WORDS["new"])),
        received=format_date(ticket.created_at.astimezone(rt.settings.zone), "long", locale=locale),
        thread=thread,
        access=_access().dumps(ticket.id),
        notice=notice,
        error=error,
        max_text=MAX_TEXT,
    )
    return html, status


def _ask(error: str | None = None, status: int = 200) -> tuple[str, int]:
    return render_template("public/receipt.html", ticket=None, error=error), status


@bp.get("/receipt")
def receipt() -> tuple[str, int]:
    return _ask()


@bp.post("/receipt")
# Receipts are 16 random digits; a shared ceiling on lookups keeps guessing hopeless
# without counting anyone's address.
@limiter.limit("120/minute", key_func=lambda: "receipt-page")
def receipt_post() -> tuple[str, int]:
    same_origin_post()
    rt = runtime()
    if request.form.get("access"):
        return _add_information(request.form["access"])
    digits = parse_receipt(request.form.get("receipt", ""))
    if digits is None:
        return _ask(_("Enter the 16 digits of your receipt, like 1234-5678-9012-3456."), 400)
    ticket = db.session.scalars(
        db.select(Ticket).filter_by(receipt_hash=receipt_hash(rt.pepper, digits))
    ).one_or_none()
    if ticket is None:
        log.info("receipt.page_miss")
        return _ask(_("No report has that receipt. Check the 16 digits and try again."), 404)
    log.info("receipt.page_hit ticket=%s", ticket.id)
    return _show(ticket)


def _add_information(access: str) -> tuple[str, int]:
    rt = runtime()
    try:
        ticket_id = _access().loads(access, max_age=ACCESS_SECONDS)
    except BadSignature:
        return _ask(_("For your safety this page timed out. Enter your receipt again."), 400)
    ticket = db.session.get(Ticket, ticket_id)
    if ticket is None:
        return _ask(_("No report has that receipt. Check the 16 digits and try again."), 404)
    words = request.form.get("text", "")
    if not words.strip():
        return _show(ticket, error=_("Write what you want to add first."), status=400)
    if len(words) > MAX_TEXT:
        return _show(
            ticket,
            status=413,
            error=_(
                "That message is too long. Please send at most %(count)s characters at a time.",
                count=f"{MAX_TEXT:,}",
            ),
        )
    db.session.add(
        TicketMessage(ticket_id=ticket.id, direction="resident", body_enc=rt.vault.encrypt(words))
    )
    ticket.updated_at = utcnow()
    db.session.flush()
    search.reindex(rt, ticket)
    db.session.commit()
    log.info("receipt.information_added ticket=%s", ticket.id)
    return _show(ticket, notice=_("Thank you. Staff will see what you added."))
