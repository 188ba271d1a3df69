"""The worker: runs outbox jobs, files idle conversations and applies retention, until stopped."""

from __future__ import annotations

import logging
import signal
import time
from types import FrameType

from flask import Flask

from app.extensions import db
from app.intake.service import expire_idle
from app.jobs.handlers import HANDLERS, JobFailed, purge
from app.jobs.outbox import claim, complete, retry_later
from app.models import OutboxJob
from app.models.base import utcnow
from app.runtime import Runtime, runtime

log = logging.getLogger(__name__)
SWEEP_SECONDS = 60.0


def run_job(rt: Runtime, job: OutboxJob) -> None:
    now = utcnow()
    handler = HANDLERS.get(job.kind)
    try:
        if handler is None:
            raise JobFailed(f"no handler for {job.kind}")
        handler(rt, job, now)
    except JobFailed as exc:
        db.session.rollback()
        job = db.session.merge(job)
        retry_later(job, utcnow(), str(exc))
        log.warning("job.failed id=%s kind=%s attempts=%d", job.id, job.kind, job.attempts)
    else:
        complete(job, utcnow())
        log.info("job.done id=%s kind=%s", job.id, job.kind)
    db.session.commit()


def run_pending(rt: Runtime, limit: int = 50) -> int:
    """Run every job due now; returns how many ran."""
    ran = 0
    while ran < limit:
        jobs = claim(utcnow(), limit=min(10, limit - ran))
        if not jobs:
            break
        for job in jobs:
            run_job(rt, job)
            ran += 1
    return ran


def sweep(rt: Runtime) -> None:
    now = utcnow()
    expire_idle(rt, now)
    purge(rt, now)
    db.session.commit()


def run_forever(app: Flask, once: bool = False) -> None:
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        log.info("worker.stopping")

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    last_sweep = 0.0
    log.info("worker.started")
    while not stopping:
        with app.app_context():
            rt = runtime()
            try:
                if time.monotonic() - last_sweep >= SWEEP_SECONDS or once:
                    sweep(rt)
                    last_sweep = time.monotonic()
                ran = run_pending(rt)
            except Exception:
                # A database hiccup must not kill the worker; the jobs stay in the outbox.
                db.session.rollback()
                log.exception("worker.loop_error")
                ran = 0
            finally:
                db.session.remove()
        if once:
            break
        if not ran:
            time.sleep(rt.settings.worker_poll_seconds)
    log.info("worker.stopped")
