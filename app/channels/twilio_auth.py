"""Checking X-Twilio-Signature with Twilio's own validator, against the public URL."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from flask import Response, request
from twilio.request_validator import RequestValidator

from app.runtime import runtime

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])


def public_url() -> str:
    """The URL Twilio called: PUBLIC_BASE_URL + path + query behind a proxy, else our own."""
    base = runtime().settings.public_base_url
    if not base:
        return request.url
    query = request.query_string.decode("latin-1")
    return base + request.script_root + request.path + (f"?{query}" if query else "")


def signature_ok() -> bool:
    settings = runtime().settings
    token = settings.twilio_auth_token
    if token is None:
        # Only development may run without a token (CONTRACT); production refuses to start.
        return settings.is_development
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature:
        return False
    return bool(RequestValidator(token).validate(public_url(), request.form, signature))


def twilio_signed(view: F) -> F:
    """403 and no effect for a request Twilio did not sign."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not signature_ok():
            log.warning("twilio.signature_rejected path=%s", request.path)
            return Response(
                "Forbidden: invalid Twilio signature\n", status=403, mimetype="text/plain"
            )
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
