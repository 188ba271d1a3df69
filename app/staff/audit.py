"""The append-only, hash-chained audit log: every view, change and export is recorded."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import text

from app.extensions import db
from app.models import AuditEvent
from app.models.base import utcnow

GENESIS = "0" * 64
_CHAIN_LOCK = 7_274_001


def _digest(
    prev: str, at: datetime, actor: str, action: str, ticket_id: str | None, detail: dict[str, Any]
) -> str:
    body = json.dumps(
        {
            "at": at.isoformat(timespec="microseconds"),
            "actor": actor,
            "action": action,
            "ticket": ticket_id,
            "detail": detail,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev + body).encode()).hexdigest()


def record(
    actor: str, action: str, ticket_id: str | None = None, detail: dict[str, Any] | None = None
) -> AuditEvent:
    """Append an event in the caller's transaction; writers take turns so the chain is linear."""
    if db.engine.dialect.name == "postgresql":
        db.session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CHAIN_LOCK})
    last = db.session.scalars(
        db.select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)
    ).one_or_none()
    prev = last.hash if last else GENESIS
    at = utcnow()
    detail = detail or {}
    event = AuditEvent(
        at=at,
        actor=actor,
        action=action,
        ticket_id=ticket_id,
        detail=detail,
        prev_hash=prev,
        hash=_digest(prev, at, actor, action, ticket_id, detail),
    )
    db.session.add(event)
    db.session.flush()
    return event


def verify() -> tuple[bool, int, int | None]:
    """(intact, events checked, id of the first broken event or None)."""
    prev = GENESIS
    count = 0
    for event in db.session.scalars(db.select(AuditEvent).order_by(AuditEvent.id)):
        expected = _digest(prev, event.at, event.actor, event.action, event.ticket_id, event.detail)
        if event.prev_hash != prev or event.hash != expected:
            return False, count, event.id
        prev = event.hash
        count += 1
    return True, count, None
