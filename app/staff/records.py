"""Staff records: CSV/JSON export of the filtered queue, and the audit log page.

Exports carry only what the staff API's ticket JSON carries: never the resident's words,
answers, contact details, receipt or any encrypted column. Every export, and every look at
the audit log, is itself audited.
"""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import date
from typing import Any

from babel.dates import format_datetime
from flask import Blueprint, abort, g, render_template, request
from sqlalchemy import func
from werkzeug.wrappers import Response

from app.api.tickets import iso, ticket_json
from app.extensions import db
from app.models import AuditEvent, StaffMember
from app.models.base import utcnow
from app.public.pages import page_locale
from app.runtime import runtime
from app.staff import audit
from app.staff.views import filtered_tickets, filters, require_sign_in, staff_context

bp = Blueprint("staff_records", __name__, url_prefix="/staff")
bp.before_request(require_sign_in)
bp.context_processor(staff_context)

EXPORTERS = ("admin", "analyst")
AUDIT_PAGE_SIZE = 50
# The columns of an export, in order: the fields of the API's ticket JSON, nothing more.
COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "channel",
    "language",
    "status",
    "priority",
    "category",
    "flags",
    "agency",
    "reasons",
    "incident_id",
    "incomplete",
)
# A spreadsheet treats a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _staff(*roles: str) -> StaffMember:
    staff: StaffMember = g.staff
    if staff.role not in roles:
        abort(403)
    return staff


def used_filters(picked: dict[str, Any]) -> dict[str, str]:
    """The filters that narrow the queue, as text (dates in ISO form); empty ones left out.

    Searched words are not repeated: they may be a resident's words, and the audit log and
    the export are not encrypted. Only the fact of a search is kept.
    """
    used = {
        name: value.isoformat() if isinstance(value, date) else str(value)
        for name, value in picked.items()
        if value and name != "q"
    }
    if picked.get("q"):
        used["search"] = "words"
    return used


def export_rows() -> tuple[list[dict[str, Any]], dict[str, str]]:
    picked = filters()
    rows = [ticket_json(t) for t in filtered_tickets(picked)]
    # ticket_json is shared with the API: keep exactly the export's columns whatever it grows.
    return [{name: row[name] for name in COLUMNS} for row in rows], used_filters(picked)


def safe_cell(value: object) -> str:
    """A CSV cell's text that a spreadsheet will show, never run as a formula."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list | tuple):
        text = "; ".join(str(v) for v in value)
    else:
        text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def to_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([safe_cell(row[name]) for name in COLUMNS])
    # A byte-order mark so Excel reads the file as UTF-8.
    return "\ufeff" + out.getvalue()


def _filename(extension: str) -> str:
    today = utcnow().astimezone(runtime().settings.zone).date()
    return f"testigo-queue-{today.isoformat()}.{extension}"


def _audit_export(staff: StaffMember, kind: str, count: int, used: dict[str, str]) -> None:
    audit.record(
        staff.email, "queue.export", detail={"format": kind, "count": count, "filters": used}
    )
    db.session.commit()


def _attachment(response: Response, extension: str) -> Response:
    response.headers["Content-Disposition"] = f'attachment; filename="{_filename(extension)}"'
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/export.csv")
def export_csv() -> Response:
    staff = _staff(*EXPORTERS)
    rows, used = export_rows()
    body = to_csv(rows)
    _audit_export(staff, "csv", len(rows), used)
    response = Response(body.encode("utf-8"), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    return _attachment(response, "csv")


@bp.get("/export.json")
def export_json() -> Response:
    staff = _staff(*EXPORTERS)
    rows, used = export_rows()
    body = {"exported_at": iso(utcnow()), "filters": used, "tickets": rows}
    _audit_export(staff, "json", len(rows), used)
    # Not jsonify: it sorts keys, and an export reads best in the API's own field order.
    text = json.dumps(body, ensure_ascii=False, indent=1) + "\n"
    return _attachment(Response(text.encode("utf-8"), mimetype="application/json"), "json")


def _page() -> int:
    raw = request.args.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else 1


@bp.get("/audit")
def audit_log() -> str:
    staff = _staff("admin")
    page = _page()
    # Recorded first, so the page shows this very look at it as the newest entry.
    audit.record(staff.email, "audit.view", detail={"page": page})
    intact, checked, broken_at = audit.verify()
    total = db.session.scalar(db.select(func.count()).select_from(AuditEvent)) or 0
    pages = max(1, math.ceil(total / AUDIT_PAGE_SIZE))
    page = min(page, pages)
    events = db.session.scalars(
        db.select(AuditEvent)
        .order_by(AuditEvent.id.desc())
        .offset((page - 1) * AUDIT_PAGE_SIZE)
        .limit(AUDIT_PAGE_SIZE)
    ).all()
    zone = runtime().settings.zone
    locale = page_locale()
    rows = [
        {
            "event": event,
            "time": format_datetime(event.at.astimezone(zone), "medium", locale=locale),
            "detail": json.dumps(
                event.detail, ensure_ascii=False, sort_keys=True, separators=(",", ":")
            )
            if event.detail
            else "",
        }
        for event in events
    ]
    html = render_template(
        "staff/audit.html",
        rows=rows,
        intact=intact,
        checked=checked,
        broken_at=broken_at,
        page=page,
        pages=pages,
        total=total,
        zone=str(zone),
        staff=staff,
    )
    db.session.commit()
    return html
