"""One effect per webhook delivery: a repeat gets the stored reply and changes nothing."""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy.exc import IntegrityError, OperationalError

from app.extensions import db
from app.models import Delivery
from app.privacy.identity import delivery_key
from app.runtime import runtime

log = logging.getLogger(__name__)
_ATTEMPTS = 4


def once(provider_id: str, produce: Callable[[], str]) -> str:
    """Run produce() and commit its effects with the reply, unless this id was seen before.

    Two deliveries racing each other both run, but only one commit can hold the id; the
    loser rolls back everything it did and answers with the winner's reply.
    """
    rt = runtime()
    key = delivery_key(rt.pepper, provider_id)
    for attempt in range(_ATTEMPTS):
        stored = db.session.get(Delivery, key)
        if stored is not None:
            log.info("delivery.repeat")
            return rt.vault.decrypt(stored.response_enc)
        try:
            body = produce()
            db.session.add(Delivery(key=key, response_enc=rt.vault.encrypt(body)))
            db.session.commit()
            return body
        except (IntegrityError, OperationalError) as exc:
            # A racing delivery won, or SQLite was busy: start again from a clean slate.
            db.session.rollback()
            log.info("delivery.retry attempt=%d reason=%s", attempt + 1, type(exc).__name__)
    raise RuntimeError("could not record the delivery")
