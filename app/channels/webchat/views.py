"""GET/POST /chat: the chat as plain pages, one page per turn, working with JavaScript off."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from flask import Blueprint, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from app.channels.webchat import sessions
from app.channels.webchat.chat import MAX_TEXT, ChatTurn, take_turn
from app.engine.keywords import skip_word
from app.extensions import limiter
from app.privacy import media
from app.privacy.identity import keyed_hash
from app.public.pages import page_locale, same_origin_post, use_locale
from app.runtime import runtime

log = logging.getLogger(__name__)
bp = Blueprint("webchat", __name__)


def _form_session_key() -> str:
    token = request.form.get("session", "")
    try:
        session = sessions.read(runtime().settings.secret_key, token)
    except sessions.SessionInvalid:
        return "chat-page:invalid"
    return "chat-page:" + keyed_hash(runtime().pepper, "ratelimit", session.address)[:32]


def _render(
    turn: ChatTurn | None,
    session: sessions.ChatSession,
    *,
    sent: str | None = None,
    error: str | None = None,
    kept_text: str = "",
    status: int = 200,
) -> tuple[str, int]:
    rt = runtime()
    use_locale(session.locale)
    replies = turn.outcome.replies if turn else ()
    outcome = turn.outcome if turn else None
    html = render_template(
        "chat/chat.html",
        token=sessions.issue(rt.settings.secret_key, session),
        replies=replies,
        choices=replies[-1].choices if replies else (),
        sent=sent,
        state=outcome.state if outcome else "in_progress",
        receipt=outcome.receipt if outcome else None,
        advocate=session.advocate,
        skip=skip_word(rt.catalogs, session.locale),
        error=error,
        kept_text=kept_text,
        accept=media.ACCEPT_ATTRIBUTE,
        max_text=MAX_TEXT,
    )
    return html, status


@bp.get("/chat")
def chat() -> tuple[str, int]:
    session = sessions.ChatSession.new(page_locale(), request.args.get("advocate") == "1")
    # Opening the page keeps nothing: the first question is shown, no conversation made.
    return _render(take_turn(runtime(), session, ""), session)


@bp.post("/chat")
@limiter.limit("40/minute;400/hour", key_func=_form_session_key)
def chat_post() -> tuple[str, int] | Response:
    same_origin_post()
    rt = runtime()
    try:
        session = sessions.read(rt.settings.secret_key, request.form.get("session", ""))
    except sessions.SessionInvalid:
        fresh = sessions.ChatSession.new(page_locale())
        notice = _(
            "This chat had expired, so it starts again here. Nothing you sent before was lost."
        )
        return _render(take_turn(rt, fresh, ""), fresh, error=notice, status=400)

    if request.form.get("new") == "1":
        query = {"lang": session.locale, **({"advocate": "1"} if session.advocate else {})}
        return redirect(url_for("webchat.chat") + "?" + urlencode(query), code=303)

    text = request.form.get("text", "")
    shown = text
    if request.form.get("choice"):
        text = shown = request.form["choice"][:8]
    elif request.form.get("skip"):
        text = shown = skip_word(rt.catalogs, session.locale)
    if len(text) > MAX_TEXT:
        error = _(
            "That message is too long. Please send at most %(count)s characters at a time.",
            count=f"{MAX_TEXT:,}",
        )
        # The question stays on screen with the text, so the resident can shorten it.
        return _render(take_turn(rt, session, ""), session, error=error, kept_text=text, status=413)

    uploads = []
    upload = request.files.get("media")
    if upload is not None and upload.filename:
        try:
            uploads.append(media.process_upload(upload.read(), upload.mimetype))
        except media.MediaRejected as exc:
            log.info("chat.upload_rejected code=%s", exc.code)
            return _render(
                take_turn(rt, session, ""),
                session,
                error=_upload_error(exc.code),
                kept_text=text,
                status=413 if exc.code == "too_large" else 400,
            )
    if not text.strip() and not uploads:
        error = _("Type an answer, choose one of the options, or skip the question.")
        return _render(take_turn(rt, session, ""), session, error=error, status=400)

    turn = take_turn(rt, session, text, uploads)
    log.info("chat.page_turn state=%s uploads=%d", turn.outcome.state, len(uploads))
    return _render(turn, turn.session, sent=shown or None)


def _upload_error(code: str) -> str:
    if code == "too_large":
        return _(
            "That file is too large. Photos can be up to %(image)s MB and videos up to %(video)s MB.",  # noqa: E501
            image=media.MAX_IMAGE_BYTES // (1024 * 1024),
            video=media.MAX_VIDEO_BYTES // (1024 * 1024),
        )
    if code == "unsupported_type":
        return _(
            "That file type cannot be sent. Please send a photo (JPEG, PNG, WEBP) or a "
            "video (MP4, MOV, WEBM)."
        )
    return _("That file could not be read. Please try another photo or video.")
