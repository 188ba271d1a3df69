"""The fetch_recording job: a call's recording downloaded, stored encrypted, deleted at Twilio."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import requests
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from app.channels import twilio_rest
from app.extensions import db
from app.jobs.errors import JobFailed
from app.models import MediaItem, OutboxJob
from app.runtime import Runtime
from app.settings import Settings

log = logging.getLogger(__name__)

# The SDK's HTTP client logs every request's URL at INFO; for a recording that URL holds the
# recording's SID, which links the stored audio to the call at Twilio. This job's client logs
# to a logger that keeps only warnings, so neither the download nor the DELETE is logged.
_quiet = logging.getLogger(__name__ + ".http")
_quiet.setLevel(logging.WARNING)
# urllib3 logs each request's path at DEBUG, so a debug log level would do the same.
logging.getLogger("urllib3").setLevel(max(logging.INFO, logging.getLogger("urllib3").level))

# RecordingUrl as Twilio sends it, with no extension (or one, tolerated and dropped).
_PATH = re.compile(
    r"/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})"
    r"/Recordings/(RE[0-9a-fA-F]{32})(?:\.(?:wav|mp3|json))?"
)


@dataclass(frozen=True)
class Source:
    host: str
    account_sid: str
    recording_sid: str

    @property
    def media_url(self) -> str:
        path = f"/2010-04-01/Accounts/{self.account_sid}/Recordings/{self.recording_sid}.wav"
        return f"https://{self.host}{path}"


def parse_source(url: str) -> Source | None:
    """The recording a RecordingUrl names, or None when it is not a Twilio recording's URL.

    Checked strictly because the download carries our account's credentials: they must only
    ever go to Twilio.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    match = _PATH.fullmatch(parts.path)
    if parts.scheme != "https" or not host.endswith(".twilio.com") or match is None:
        return None
    if port is not None or parts.query or parts.username or parts.password:
        return None
    return Source(host, match.group(1), match.group(2))


def fetch_recording(rt: Runtime, job: OutboxJob, now: datetime) -> None:
    """Download, store encrypted, then delete at Twilio; safe to run again after any failure.

    Payload: {"media_id": MediaItem.id}. The item's source_enc holds the encrypted
    RecordingUrl. A retry after the audio was stored only repeats the DELETE.
    """
    item = db.session.get(MediaItem, job.payload.get("media_id"))
    if item is None:
        log.info("recording.item_gone job=%s", job.id)
        return
    if item.source_enc is None:
        # Already done by an earlier run (the URL is cleared last), or nothing to fetch.
        log.info("recording.nothing_to_do job=%s media=%s", job.id, item.id)
        return
    source = parse_source(rt.vault.decrypt(item.source_enc))
    if source is None:
        # Retrying cannot fix it; the item is marked so staff see a recording is missing.
        item.status = "failed"
        item.meta = {**(item.meta or {}), "kind": "audio", "error": "not_a_twilio_recording"}
        log.warning("recording.bad_source job=%s media=%s", job.id, item.id)
        return
    client = _client(rt.settings)
    if item.status != "stored":
        data = _download(client, rt.settings, source)
        item.original_enc = rt.vault.encrypt_bytes(data)
        item.size = len(data)
        item.sha256 = hashlib.sha256(data).hexdigest()
        # Audio carries no EXIF-like metadata: the original is what staff hear.
        item.staff_copy_enc = None
        item.staff_copy_type = None
        item.status = "stored"
        item.meta = {**(item.meta or {}), "kind": "audio", "deleted_at_twilio": False}
        # Committed before the DELETE: if the DELETE fails, the worker rolls back this
        # attempt, and the audio must survive that so the retry only deletes.
        db.session.commit()
        log.info("recording.stored job=%s media=%s bytes=%d", job.id, item.id, len(data))
    _delete(client, source)
    # The URL names Twilio's copy, now gone; kept, it would only link the audio to the call.
    item.source_enc = None
    # Keep the keyed reference: a transcription may still arrive for this recording.
    item.meta = {**(item.meta or {}), "kind": "audio", "deleted_at_twilio": True}
    log.info("recording.deleted_at_twilio job=%s media=%s", job.id, item.id)


def _failed(reason: str) -> Exception:
    """The worker's JobFailed (retry later); the reason names no resident, URL or SID."""
    return JobFailed(reason)


def _client(settings: Settings) -> Client:
    try:
        client = twilio_rest.client(settings)
    except twilio_rest.TwilioNotConfigured as exc:
        raise _failed("twilio is not configured") from exc
    client.http_client.logger = _quiet
    return client


def _download(client: Client, settings: Settings, source: Source) -> bytes:
    """The recording's bytes, through the one client (so TWILIO_API_BASE_URL applies)."""
    http = client.http_client
    if not isinstance(http, TwilioHttpClient):
        raise _failed("unexpected twilio http client")
    # The SDK returns a response's body as text, which would corrupt audio; a response hook
    # sees the raw response first. The hook belongs to this job's own client instance.
    responses: list[requests.Response] = []

    def keep(response: requests.Response, *args: Any, **kwargs: Any) -> None:
        # Latin-1 maps every byte to one character, so the SDK's own decoding is cheap and
        # cannot fail; the bytes used are response.content, untouched.
        response.encoding = "latin-1"
        responses.append(response)

    http.request_hooks = {"response": [keep]}
    auth = (settings.twilio_account_sid or "", settings.twilio_auth_token or "")
    try:
        # Twilio may redirect media to storage elsewhere; requests drops the credentials
        # when a redirect leaves the host.
        result = http.request("GET", source.media_url, auth=auth, allow_redirects=True)
    except (TwilioException, OSError) as exc:
        raise _failed(f"recording download failed: {type(exc).__name__}") from exc
    finally:
        http.request_hooks = {"response": []}
    if result.status_code == 404:
        raise _failed("recording not ready at twilio (404)")
    if result.status_code != 200 or not responses:
        raise _failed(f"recording download failed: HTTP {result.status_code}")
    data = responses[-1].content
    if not data:
        raise _failed("recording download was empty")
    return data


def _delete(client: Client, source: Source) -> None:
    try:
        client.api.v2010.accounts(source.account_sid).recordings(source.recording_sid).delete()
    except TwilioRestException as exc:
        if exc.status == 404:
            # Already gone: an earlier DELETE went through but its result was not saved.
            return
        raise _failed(f"recording delete failed: HTTP {exc.status}") from exc
    except (TwilioException, OSError) as exc:
        raise _failed(f"recording delete failed: {type(exc).__name__}") from exc
