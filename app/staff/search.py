"""Search over residents' words through a blind index: keyed hashes of folded words."""

from __future__ import annotations

from app.engine.text import fold
from app.extensions import db
from app.models import Answer, SearchTerm, Ticket, TicketMessage
from app.privacy.identity import keyed_hash
from app.runtime import Runtime

MIN_WORD = 2
MAX_TERMS = 2000


def terms(rt: Runtime, text: str) -> set[str]:
    words = {w for w in fold(text).split() if len(w) >= MIN_WORD}
    return {keyed_hash(rt.pepper, "search", w)[:32] for w in words}


def reindex(rt: Runtime, ticket: Ticket) -> None:
    """Rebuild a ticket's index from everything the resident wrote (decrypted in memory)."""
    texts: list[str] = []
    if ticket.narrative_enc is not None:
        texts.append(rt.vault.decrypt(ticket.narrative_enc))
    if ticket.conversation_id:
        for answer in db.session.scalars(
            db.select(Answer).filter_by(conversation_id=ticket.conversation_id)
        ):
            if answer.text_enc is not None:
                texts.append(rt.vault.decrypt(answer.text_enc))
    for message in db.session.scalars(
        db.select(TicketMessage).filter_by(ticket_id=ticket.id, direction="resident")
    ):
        texts.append(rt.vault.decrypt(message.body_enc))
    wanted = set()
    for text in texts:
        wanted |= terms(rt, text)
    db.session.execute(db.delete(SearchTerm).where(SearchTerm.ticket_id == ticket.id))
    for term in sorted(wanted)[:MAX_TERMS]:
        db.session.add(SearchTerm(ticket_id=ticket.id, term=term))


def matching(rt: Runtime, query: str) -> set[str] | None:
    """Ids of tickets whose words contain every word of the query; None for no query."""
    wanted = terms(rt, query)
    if not wanted:
        return None
    found: set[str] | None = None
    for term in wanted:
        ids = set(db.session.scalars(db.select(SearchTerm.ticket_id).filter_by(term=term)))
        found = ids if found is None else found & ids
    return found or set()
