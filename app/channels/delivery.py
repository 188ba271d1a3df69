"""Committing a channel's work: retried when racing writers collide, once per delivery id."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError, OperationalError

from app.extensions import db
from app.models import Delivery
from app.privacy.identity import delivery_key
from app.runtime import runtime

log = logging.getLogger(__name__)
_ATTEMPTS = 4
T = TypeVar("T")


def committed(produce: Callable[[], T]) -> T:
    """Run produce() and commit; on a collision (a unique key raced, SQLite busy) run it again
    from a clean slate, so nothing is half-saved and nothing is lost."""
    for attempt in range(_ATTEMPTS):
        try:
            result = produce()
            db.session.commit()
            return result
        except (IntegrityError, OperationalError) as exc:
            db.session.rollback()
            log.info("commit.retry attempt=%d reason=%s", attempt + 1, type(exc).__name__)
    raise RuntimeError("could not save after several attempts")


def once(provider_id: str, produce: Callable[[], str]) -> str:
    """Like committed(), but a repeat of the same provider id gets the stored reply instead.

    Two deliveries racing each other both run, but only one commit can hold the id; the
    loser rolls back everything it did and answers with the winner's reply.
    """
    rt = runtime()
    key = delivery_key(rt.pepper, provider_id)

    def produce_and_record() -> str:
        stored = db.session.get(Delivery, key)
        if stored is not None:
            log.info("delivery.repeat")
            return rt.vault.decrypt(stored.response_enc)
        body = produce()
        db.session.add(Delivery(key=key, response_enc=rt.vault.encrypt(body)))
        return body

    return committed(produce_and_record)
