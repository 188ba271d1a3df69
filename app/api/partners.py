"""POST /api/v1/reports: partner organizations submit whole reports (CONTRACT)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from flask import Blueprint, Response, jsonify, request

from app.api.auth import bearer_token
from app.api.errors import fail
from app.api.tickets import ticket_json
from app.extensions import db, limiter
from app.i18n import ALL_LOCALES
from app.intake.partner import PartnerReport, file_report
from app.models import Partner
from app.models.base import utcnow
from app.models.ticket import AGENCIES
from app.runtime import runtime
from app.staff.accounts import hash_token

bp = Blueprint("api_partners", __name__, url_prefix="/api/v1")
MAX_BODY = 64 * 1024
MAX_NARRATIVE = 10_000
MAX_LOCATION = 500
FIELDS = {"narrative", "language", "occurred_at", "location", "agency"}
KEY_PREFIX = "tgp_"  # noqa: S105 - a visible prefix, not a secret


def partner_limit_key() -> str:
    # Limits count per partner, by a hash of the key, never the key itself.
    key = bearer_token()
    return "partner:" + (hash_token(key)[:32] if key else "none")


def _partner() -> Partner:
    key = bearer_token()
    if not key:
        fail(401, "unauthorized", "an Authorization: Bearer <partner key> header is needed")
    partner = db.session.scalars(db.select(Partner).filter_by(key_hash=hash_token(key))).first()
    if partner is None or partner.revoked_at is not None:
        fail(401, "unauthorized", "the partner key is not valid")
    return partner


def _text(data: dict[str, Any], name: str, limit: int, required: bool = False) -> str | None:
    value = data.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > limit:
        fail(400, "bad_request", f"{name} must be text of 1 to {limit:,} characters", name)
    return value.strip() or None


def _occurred_at(raw: Any, now: datetime) -> datetime | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        fail(400, "bad_request", "occurred_at must be an ISO 8601 date or time", "occurred_at")
    try:
        value = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        fail(400, "bad_request", "occurred_at must be an ISO 8601 date or time", "occurred_at")
    if value.tzinfo is None:
        value = value.replace(tzinfo=runtime().settings.zone)  # local time, as people write
    if value > now + timedelta(minutes=5):
        fail(400, "bad_request", "occurred_at is in the future", "occurred_at")
    return value


@bp.post("/reports")
@limiter.limit("30/minute;2000/day", key_func=partner_limit_key)
def create_report() -> tuple[Response, int]:
    if (request.content_length or 0) > MAX_BODY:
        fail(413, "too_large", f"the body is larger than {MAX_BODY // 1024} KiB")
    partner = _partner()
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        fail(400, "bad_request", "the body must be a JSON object")
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        fail(400, "bad_request", f"unknown field {unknown[0]}", unknown[0])
    rt = runtime()
    now = utcnow()
    narrative = _text(data, "narrative", MAX_NARRATIVE, required=True) or ""
    language = data.get("language")
    if language is not None and language not in ALL_LOCALES:
        fail(400, "bad_request", "language must be one of: " + ", ".join(ALL_LOCALES), "language")
    if language is None:
        language = rt.hooks.detect_language(narrative, ALL_LOCALES) or "en"
    agency = data.get("agency")
    if agency is not None and agency not in AGENCIES:
        fail(400, "bad_request", "agency must be one of: " + ", ".join(AGENCIES), "agency")
    report = PartnerReport(
        narrative=narrative,
        language=language,
        occurred_at=_occurred_at(data.get("occurred_at"), now),
        location=_text(data, "location", MAX_LOCATION),
        agency=agency,
    )
    ticket, receipt = file_report(rt, partner.id, report, now)
    db.session.commit()
    return jsonify({"receipt": receipt, "ticket": ticket_json(ticket)}), 201
