"""One chat turn for the web, shared by the JS-free page and the JSON API."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.channels.delivery import committed
from app.channels.webchat.sessions import ChatSession
from app.engine.runner import Inbound, Media, Reply
from app.intake.service import Outcome, receive
from app.privacy.media import Processed
from app.runtime import Runtime

MAX_TEXT = 5000


@dataclass(frozen=True)
class ChatTurn:
    outcome: Outcome
    session: ChatSession


def take_turn(
    rt: Runtime, session: ChatSession, text: str, uploads: Sequence[Processed] = ()
) -> ChatTurn:
    refs = {f"upload:{i}": processed for i, processed in enumerate(uploads)}
    media = tuple(Media(p.content_type, ref) for ref, p in refs.items())

    def produce() -> Outcome:
        return receive(
            rt,
            "web",
            session.address,
            Inbound(text, media),
            locale_hint=session.locale,
            advocate=session.advocate,
            uploads=refs,
        )

    outcome = committed(produce)
    return ChatTurn(outcome, ChatSession(session.address, outcome.locale, session.advocate))


def messages_json(replies: Sequence[Reply]) -> list[dict[str, Any]]:
    return [
        {"text": r.lead, "choices": [{"value": c.value, "label": c.label} for c in r.choices]}
        for r in replies
    ]
