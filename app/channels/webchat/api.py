"""POST /api/v1/chat: the chat as JSON (CONTRACT "POST /api/v1/chat")."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, jsonify, request

from app.api.errors import fail
from app.channels.webchat import sessions
from app.channels.webchat.chat import MAX_TEXT, messages_json, take_turn
from app.extensions import limiter
from app.i18n import ALL_LOCALES
from app.privacy.identity import keyed_hash
from app.runtime import runtime

log = logging.getLogger(__name__)
bp = Blueprint("webchat_api", __name__, url_prefix="/api/v1")
NEW_CHATS = "chat:new"


def session_key() -> str:
    """Rate limits count per chat session, never per address: a keyed hash of the token's id."""
    data = request.get_json(silent=True)
    token = data.get("session") if isinstance(data, dict) else None
    if not isinstance(token, str):
        return NEW_CHATS
    try:
        session = sessions.read(runtime().settings.secret_key, token)
    except sessions.SessionInvalid:
        return "chat:invalid"
    return "chat:" + keyed_hash(runtime().pepper, "ratelimit", session.address)[:32]


def starting() -> bool:
    return session_key() == NEW_CHATS


@bp.post("/chat")
# Each session has its own allowance; new chats share one, since they have no token yet.
@limiter.limit("40/minute;400/hour", key_func=session_key, exempt_when=starting)
@limiter.limit("600/minute", key_func=lambda: NEW_CHATS, exempt_when=lambda: not starting())
def chat() -> Response:
    rt = runtime()
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        fail(400, "bad_request", "the body must be a JSON object")
    token = data.get("session")
    text = data.get("text")
    locale = data.get("locale")
    if token is not None and not isinstance(token, str):
        fail(400, "bad_request", "session must be a string or null", "session")
    if not isinstance(text, str):
        fail(400, "bad_request", "text must be a string (it may be empty to start)", "text")
    if len(text) > MAX_TEXT:
        fail(413, "too_large", f"text is longer than {MAX_TEXT} characters", "text")
    if locale is not None and locale not in ALL_LOCALES:
        fail(400, "bad_request", "locale must be one of: " + ", ".join(ALL_LOCALES), "locale")

    if token is None:
        wanted = rt.catalogs.best_match(locale) or rt.catalogs.best_match(
            request.accept_languages.best_match([c.replace("_", "-") for c in rt.catalogs.enabled])
        )
        session = sessions.ChatSession.new(wanted or "en")
    else:
        try:
            session = sessions.read(rt.settings.secret_key, token)
        except sessions.SessionInvalid:
            fail(
                400,
                "session_invalid",
                "the session is tampered with or expired; start again",
                "session",
            )
    turn = take_turn(rt, session, text)
    outcome = turn.outcome
    log.info("chat.turn state=%s replies=%d", outcome.state, len(outcome.replies))
    return jsonify(
        {
            "session": sessions.issue(rt.settings.secret_key, turn.session),
            "locale": outcome.locale,
            "messages": messages_json(outcome.replies),
            "state": outcome.state,
            "receipt": outcome.receipt,
        }
    )
