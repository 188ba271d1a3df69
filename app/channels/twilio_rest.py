"""The one client for Twilio's REST API; TWILIO_API_BASE_URL points it at a stand-in."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client

from app.settings import Settings

TIMEOUT_SECONDS = 15.0


class RebasedHttpClient(TwilioHttpClient):
    """Sends every request for a *.twilio.com origin to another origin, path unchanged."""

    def __init__(self, base_url: str) -> None:
        super().__init__(timeout=TIMEOUT_SECONDS)
        self.base_url = base_url.rstrip("/")

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Response:
        parts = urlsplit(url)
        if parts.hostname and parts.hostname.endswith("twilio.com"):
            url = self.base_url + parts.path + (f"?{parts.query}" if parts.query else "")
        return super().request(method, url, *args, **kwargs)


class TwilioNotConfigured(RuntimeError):
    """Credentials or a sender are missing, so nothing can be sent."""


def client(settings: Settings) -> Client:
    if not settings.twilio_account_sid or not settings.twilio_auth_token:
        raise TwilioNotConfigured("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are not set")
    http = (
        RebasedHttpClient(settings.twilio_api_base_url)
        if settings.twilio_api_base_url
        else TwilioHttpClient(timeout=TIMEOUT_SECONDS)
    )
    return Client(settings.twilio_account_sid, settings.twilio_auth_token, http_client=http)


def send_sms(settings: Settings, to: str, body: str) -> str:
    """Send one SMS from our Messaging Service or number; returns the message's id."""
    kwargs: dict[str, Any] = {"to": to, "body": body}
    if settings.twilio_messaging_service_sid:
        kwargs["messaging_service_sid"] = settings.twilio_messaging_service_sid
    elif settings.twilio_from_number:
        kwargs["from_"] = settings.twilio_from_number
    else:
        raise TwilioNotConfigured("set TWILIO_MESSAGING_SERVICE_SID or TWILIO_FROM_NUMBER")
    message = client(settings).messages.create(**kwargs)
    return str(message.sid)
