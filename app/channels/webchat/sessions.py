"""Chat sessions as signed tokens: the server keeps no cookie, the page carries the token."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

SALT = "testigo.chat-session"
# Longer than a conversation may sit idle, so an idle report is filed before its token dies.
MAX_AGE_SECONDS = 12 * 60 * 60


class SessionInvalid(ValueError):
    """A token that was tampered with, has expired, or is not one of ours."""


@dataclass(frozen=True)
class ChatSession:
    # A random stand-in for a phone number: it finds the conversation, and identifies no one.
    address: str
    locale: str
    advocate: bool = False

    @classmethod
    def new(cls, locale: str, advocate: bool = False) -> ChatSession:
        return cls(secrets.token_hex(16), locale, advocate)


def _serializer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt=SALT)


def issue(secret_key: str, session: ChatSession) -> str:
    payload = {"a": session.address, "l": session.locale, "v": int(session.advocate)}
    return str(_serializer(secret_key).dumps(payload))


def read(secret_key: str, token: str) -> ChatSession:
    try:
        payload = _serializer(secret_key).loads(token, max_age=MAX_AGE_SECONDS)
    except BadSignature as exc:  # SignatureExpired is a BadSignature too
        raise SessionInvalid("the chat session is not valid") from exc
    if not isinstance(payload, dict):
        raise SessionInvalid("the chat session is not valid")
    address, locale, advocate = payload.get("a"), payload.get("l"), payload.get("v")
    if not isinstance(address, str) or len(address) != 32 or not isinstance(locale, str):
        raise SessionInvalid("the chat session is not valid")
    return ChatSession(address, locale, advocate == 1)
