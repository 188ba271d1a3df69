"""Staff API: list, read and update tickets (every read of a ticket is audited)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, Response, jsonify, request
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import and_, or_

from app.api.auth import current_staff, staff_token
from app.api.errors import fail
from app.extensions import db
from app.intake.tickets import latest_answers
from app.models import Conversation, StaffMember, Ticket
from app.models.base import utcnow
from app.models.ticket import CATEGORIES, CHANNELS, PRIORITIES, STATUSES
from app.runtime import runtime
from app.staff import audit
from app.triage import Reason, Triage, explain

bp = Blueprint("api_tickets", __name__, url_prefix="/api/v1")
MAX_LIMIT = 200
READERS = ("admin", "analyst")  # may read the resident's words


def iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def reason_lines(ticket: Ticket, gettext: Callable[[str], str] = str) -> list[str]:
    result = Triage(
        priority=ticket.triage_priority,
        category=ticket.category,
        flags=tuple(ticket.flags),
        agency=ticket.agency,
        reasons=tuple(Reason(r["code"], r["source"]) for r in ticket.reasons),
    )
    lines = explain(result, gettext)
    if ticket.override_reason is not None:
        lines.insert(0, f"{ticket.priority}: set by staff ({ticket.override_reason})")
    return lines


def ticket_json(ticket: Ticket) -> dict[str, Any]:
    return {
        "id": ticket.id,
        "created_at": iso(ticket.created_at),
        "updated_at": iso(ticket.updated_at),
        "channel": ticket.channel,
        "language": ticket.language,
        "status": ticket.status,
        "priority": ticket.priority,
        "category": ticket.category,
        "flags": list(ticket.flags),
        "agency": ticket.agency,
        "reasons": reason_lines(ticket),
        "incident_id": ticket.incident_id,
        "incomplete": ticket.incomplete,
    }


def _cursor_serializer() -> URLSafeSerializer:
    return URLSafeSerializer(runtime().settings.secret_key, salt="tickets-cursor")


def _choice(name: str, allowed: tuple[str, ...]) -> str | None:
    value = request.args.get(name)
    if value is None or value == "":
        return None
    if value not in allowed:
        fail(400, "bad_request", f"{name} must be one of: {', '.join(allowed)}", name)
    return value


def _since() -> datetime | None:
    raw = request.args.get("since")
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        fail(400, "bad_request", "since must be an ISO 8601 date or time", "since")
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _limit() -> int:
    raw = request.args.get("limit", "50")
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        fail(400, "bad_request", f"limit must be a whole number from 1 to {MAX_LIMIT}", "limit")
    return int(raw)


@bp.get("/tickets")
@staff_token()
def list_tickets() -> Response:
    query = db.select(Ticket)
    for name, allowed in (
        ("status", STATUSES),
        ("priority", PRIORITIES),
        ("category", CATEGORIES),
        ("channel", CHANNELS),
    ):
        value = _choice(name, allowed)
        if value is not None:
            query = query.where(getattr(Ticket, name) == value)
    since = _since()
    if since is not None:
        query = query.where(Ticket.created_at >= since)
    limit = _limit()
    cursor = request.args.get("cursor")
    if cursor:
        try:
            created_raw, last_id = _cursor_serializer().loads(cursor)
            created = datetime.fromisoformat(created_raw)
        except (BadSignature, ValueError, TypeError):
            fail(400, "bad_request", "cursor is not valid", "cursor")
        query = query.where(
            or_(
                Ticket.created_at < created, and_(Ticket.created_at == created, Ticket.id < last_id)
            )
        )
    query = query.order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(limit + 1)
    rows = list(db.session.scalars(query))
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = _cursor_serializer().dumps([last.created_at.isoformat(), last.id])
    audit.record(current_staff().email, "tickets.list", detail={"count": len(rows)})
    db.session.commit()
    return jsonify({"tickets": [ticket_json(t) for t in rows], "next": next_cursor})


def _get_ticket(ticket_id: str) -> Ticket:
    ticket = db.session.get(Ticket, ticket_id)
    if ticket is None:
        fail(404, "not_found", "no ticket with that id")
    return ticket


@bp.get("/tickets/<ticket_id>")
@staff_token()
def get_ticket(ticket_id: str) -> Response:
    ticket = _get_ticket(ticket_id)
    staff = current_staff()
    body = ticket_json(ticket)
    vault = runtime().vault
    may_read = staff.role in READERS
    body["narrative"] = (
        vault.decrypt(ticket.narrative_enc) if may_read and ticket.narrative_enc else None
    )
    answers = []
    conversation = (
        db.session.get(Conversation, ticket.conversation_id) if ticket.conversation_id else None
    )
    if conversation is not None:
        for field_name, answer in latest_answers(conversation).items():
            answers.append(
                {
                    "field": field_name,
                    "value": "skipped" if answer.skipped else answer.value,
                    "text": vault.decrypt(answer.text_enc)
                    if may_read and answer.text_enc
                    else None,
                    "at": iso(answer.created_at),
                }
            )
    body["answers"] = answers
    audit.record(staff.email, "ticket.view", ticket.id, {"read_text": may_read})
    db.session.commit()
    return jsonify(body)


@bp.patch("/tickets/<ticket_id>")
@staff_token("admin", "analyst")
def patch_ticket(ticket_id: str) -> Response:
    ticket = _get_ticket(ticket_id)
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        fail(400, "bad_request", "the body must be a JSON object")
    unknown = set(data) - {"status", "assignee", "priority", "reason"}
    if unknown:
        field = sorted(unknown)[0]
        fail(400, "bad_request", f"unknown field {field}", field)
    if not {"status", "assignee", "priority"} & set(data):
        fail(400, "bad_request", "nothing to change: give status, assignee or priority")
    reason = data.get("reason")
    if reason is not None and (not isinstance(reason, str) or len(reason) > 500):
        fail(400, "bad_request", "reason must be text of at most 500 characters", "reason")
    changes: dict[str, Any] = {}

    if "status" in data:
        if data["status"] not in STATUSES:
            fail(400, "bad_request", f"status must be one of: {', '.join(STATUSES)}", "status")
        changes["status"] = [ticket.status, data["status"]]
        ticket.status = data["status"]
    if "assignee" in data:
        email = data["assignee"]
        if email is None:
            changes["assignee"] = [ticket.assignee.email if ticket.assignee else None, None]
            ticket.assignee_id = None
        else:
            if not isinstance(email, str):
                fail(400, "bad_request", "assignee must be a staff email or null", "assignee")
            staff = db.session.scalars(
                db.select(StaffMember).filter_by(email=email.strip().lower(), active=True)
            ).first()
            if staff is None:
                fail(400, "bad_request", "no active staff member with that email", "assignee")
            changes["assignee"] = [ticket.assignee.email if ticket.assignee else None, staff.email]
            ticket.assignee_id = staff.id
    if "priority" in data:
        if data["priority"] not in PRIORITIES:
            fail(
                400, "bad_request", f"priority must be one of: {', '.join(PRIORITIES)}", "priority"
            )
        if not reason or not reason.strip():
            fail(400, "bad_request", "a priority override needs a reason", "reason")
        changes["priority"] = [ticket.priority, data["priority"]]
        ticket.priority = data["priority"]
        ticket.override_reason = reason.strip()
    ticket.updated_at = utcnow()
    audit.record(
        current_staff().email, "ticket.update", ticket.id, {"changes": changes, "reason": reason}
    )
    db.session.commit()
    return jsonify(ticket_json(ticket))
