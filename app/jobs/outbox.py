"""Enqueueing and claiming outbox jobs; claims are safe with several workers on PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select

from app.extensions import db
from app.models import OutboxJob
from app.models.base import utcnow

LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 8


def enqueue(kind: str, payload: dict[str, Any], run_after: datetime | None = None) -> OutboxJob:
    """Add a job in the caller's transaction: it exists exactly when its cause was saved."""
    job = OutboxJob(kind=kind, payload=payload, run_after=run_after or utcnow())
    db.session.add(job)
    return job


def claim(now: datetime, limit: int = 10) -> list[OutboxJob]:
    """Lease due jobs. SKIP LOCKED lets workers share the queue without taking the same job."""
    query = (
        select(OutboxJob)
        .where(OutboxJob.done_at.is_(None), OutboxJob.failed_at.is_(None))
        .where(OutboxJob.run_after <= now)
        .where(or_(OutboxJob.locked_until.is_(None), OutboxJob.locked_until < now))
        .order_by(OutboxJob.run_after, OutboxJob.id)
        .limit(limit)
    )
    if db.engine.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    jobs = list(db.session.scalars(query))
    for job in jobs:
        job.locked_until = now + LEASE
        job.attempts += 1
    db.session.commit()
    return jobs


def complete(job: OutboxJob, now: datetime) -> None:
    job.done_at = now
    job.locked_until = None
    job.last_error = None


def retry_later(job: OutboxJob, now: datetime, error: str) -> None:
    """Back off exponentially; after MAX_ATTEMPTS the job is marked failed for staff to see."""
    job.last_error = error[:200]
    job.locked_until = None
    if job.attempts >= MAX_ATTEMPTS:
        job.failed_at = now
    else:
        job.run_after = now + timedelta(seconds=min(3600, 5 * 2**job.attempts))
