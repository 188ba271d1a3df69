"""Call recordings: downloaded through the one Twilio client, sealed, then deleted at Twilio."""

from __future__ import annotations

import hashlib
import io
import os
import uuid
import wave
from collections.abc import Callable

import pytest
from conftest import ACCOUNT_SID, AUTH_TOKEN, RecordingHandler, database_text
from flask import Flask
from twilio_standin import Recorded, TwilioStandIn

from app.extensions import db
from app.jobs.outbox import enqueue
from app.jobs.recordings import parse_source
from app.jobs.worker import run_pending
from app.models import Conversation, MediaItem, OutboxJob
from app.privacy.media import open_original
from app.runtime import runtime

PREFIX = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/"


@pytest.fixture
def rec_app(make_app: Callable[..., Flask], standin: TwilioStandIn) -> Flask:
    return make_app(twilio_api_base_url=standin.url)


def _wav() -> bytes:
    """A short WAV whose samples use every byte value, so any text decoding would show."""
    out = io.BytesIO()
    with wave.open(out, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(8000)
        audio.writeframes(bytes(range(256)) * 8 + os.urandom(2048))
    return out.getvalue()


def _recording_sid() -> str:
    return "RE" + uuid.uuid4().hex


def _queue(app: Flask, recording_sid: str, status: str = "remote") -> tuple[int, int]:
    """What the call flow does when a caller finishes recording; returns (media id, job id)."""
    with app.app_context():
        rt = runtime()
        conversation = Conversation(channel="voice", flow_ref="voice@1", locale="en")
        db.session.add(conversation)
        db.session.flush()
        item = MediaItem(
            conversation_id=conversation.id,
            content_type="audio/wav",
            status=status,
            source_enc=rt.vault.encrypt(f"https://api.twilio.com{PREFIX}{recording_sid}"),
        )
        db.session.add(item)
        db.session.flush()
        job = enqueue("fetch_recording", {"media_id": item.id})
        db.session.commit()
        return item.id, job.id


def _run(app: Flask) -> int:
    with app.app_context():
        return run_pending(runtime())


def _due_again(app: Flask, job_id: int) -> None:
    """Pretend the back-off has passed."""
    with app.app_context():
        job = db.session.get(OutboxJob, job_id)
        job.run_after = job.created_at
        db.session.commit()


def _calls(standin: TwilioStandIn, method: str) -> list[Recorded]:
    return [r for r in standin.requests if r.method == method]


@pytest.mark.parametrize("status", ["remote", "queued"])
def test_recording_is_downloaded_sealed_and_deleted_at_twilio(
    rec_app: Flask, standin: TwilioStandIn, raw_logs: RecordingHandler, status: str
) -> None:
    sid = _recording_sid()
    audio = _wav()
    standin.recordings[sid] = audio
    media_id, job_id = _queue(rec_app, sid, status)

    assert _run(rec_app) == 1

    [get] = _calls(standin, "GET")
    assert get.path == f"{PREFIX}{sid}.wav"
    assert get.auth == (ACCOUNT_SID, AUTH_TOKEN)
    [delete] = _calls(standin, "DELETE")
    assert delete.path == f"{PREFIX}{sid}.json"
    assert delete.auth == (ACCOUNT_SID, AUTH_TOKEN)
    assert standin.requests.index(get) < standin.requests.index(delete)
    assert sid not in standin.recordings
    with rec_app.app_context():
        item = db.session.get(MediaItem, media_id)
        assert item.status == "stored"
        assert open_original(runtime().vault, item) == audio
        assert item.sha256 == hashlib.sha256(audio).hexdigest()
        assert item.size == len(audio)
        assert item.source_enc is None
        assert item.staff_copy_enc is None and item.staff_copy_type is None
        assert item.meta == {"kind": "audio", "deleted_at_twilio": True}
        assert audio[:64] not in item.original_enc
        job = db.session.get(OutboxJob, job_id)
        assert job.done_at is not None and job.attempts == 1
    stored = database_text(rec_app)
    assert sid not in stored and "Recordings" not in stored and "twilio.com" not in stored
    for line in raw_logs.lines:
        assert sid not in line and "Recordings" not in line and ACCOUNT_SID not in line
    assert any(f"media={media_id} bytes={len(audio)}" in line for line in raw_logs.lines)


@pytest.mark.parametrize("first_answer", ["not ready (404)", "server error (500)"])
def test_a_recording_not_downloaded_yet_is_retried(
    rec_app: Flask, standin: TwilioStandIn, first_answer: str
) -> None:
    sid = _recording_sid()
    audio = _wav()
    if first_answer.endswith("(500)"):
        standin.recordings[sid] = audio
        standin.fail_next_for["GET"] = 1
    media_id, job_id = _queue(rec_app, sid)

    assert _run(rec_app) == 1
    with rec_app.app_context():
        job = db.session.get(OutboxJob, job_id)
        assert job.done_at is None and job.failed_at is None and job.attempts == 1
        assert job.last_error and sid not in job.last_error
        assert job.run_after > job.created_at  # backed off
        item = db.session.get(MediaItem, media_id)
        assert item.status == "remote" and item.original_enc is None
        assert item.source_enc is not None
    assert _calls(standin, "DELETE") == []

    standin.recordings[sid] = audio  # Twilio has finished processing it
    _due_again(rec_app, job_id)
    assert _run(rec_app) == 1
    with rec_app.app_context():
        assert db.session.get(OutboxJob, job_id).done_at is not None
        item = db.session.get(MediaItem, media_id)
        assert open_original(runtime().vault, item) == audio
        assert item.source_enc is None
    assert len(_calls(standin, "GET")) == 2
    assert [r.path for r in _calls(standin, "DELETE")] == [f"{PREFIX}{sid}.json"]


def test_a_failed_delete_keeps_the_audio_and_retries_only_the_delete(
    rec_app: Flask, standin: TwilioStandIn
) -> None:
    sid = _recording_sid()
    audio = _wav()
    standin.recordings[sid] = audio
    standin.fail_next_for["DELETE"] = 1
    media_id, job_id = _queue(rec_app, sid)

    assert _run(rec_app) == 1
    with rec_app.app_context():
        job = db.session.get(OutboxJob, job_id)
        assert job.done_at is None and job.attempts == 1
        assert job.last_error == "recording delete failed: HTTP 500"
        item = db.session.get(MediaItem, media_id)
        assert item.status == "stored"
        assert open_original(runtime().vault, item) == audio
        # Still needed to retry the DELETE; cleared only once Twilio's copy is gone.
        assert item.source_enc is not None
        assert item.meta == {"kind": "audio", "deleted_at_twilio": False}
    assert sid in standin.recordings

    _due_again(rec_app, job_id)
    assert _run(rec_app) == 1
    assert len(_calls(standin, "GET")) == 1
    assert len(_calls(standin, "DELETE")) == 2
    assert sid not in standin.recordings
    with rec_app.app_context():
        assert db.session.get(OutboxJob, job_id).done_at is not None
        item = db.session.get(MediaItem, media_id)
        assert item.source_enc is None
        assert item.meta == {"kind": "audio", "deleted_at_twilio": True}
        assert open_original(runtime().vault, item) == audio
    assert sid not in database_text(rec_app)


def test_a_recording_already_deleted_at_twilio_counts_as_deleted(
    rec_app: Flask, standin: TwilioStandIn
) -> None:
    """A DELETE that went through while its result was lost: the retry gets 404 and is done."""
    sid = _recording_sid()
    media_id, job_id = _queue(rec_app, sid)
    with rec_app.app_context():
        item = db.session.get(MediaItem, media_id)
        item.status = "stored"
        item.original_enc = runtime().vault.encrypt_bytes(b"RIFF")
        db.session.commit()

    assert _run(rec_app) == 1
    assert _calls(standin, "GET") == []
    assert len(_calls(standin, "DELETE")) == 1
    with rec_app.app_context():
        assert db.session.get(OutboxJob, job_id).done_at is not None
        assert db.session.get(MediaItem, media_id).source_enc is None


def test_a_gone_media_item_ends_the_job_without_calling_twilio(
    rec_app: Flask, standin: TwilioStandIn
) -> None:
    with rec_app.app_context():
        job = enqueue("fetch_recording", {"media_id": 999_999})
        db.session.commit()
        job_id = job.id
    assert _run(rec_app) == 1
    assert standin.requests == []
    with rec_app.app_context():
        assert db.session.get(OutboxJob, job_id).done_at is not None


def test_credentials_go_only_to_twilio(rec_app: Flask, standin: TwilioStandIn) -> None:
    with rec_app.app_context():
        conversation = Conversation(channel="voice", flow_ref="voice@1", locale="en")
        db.session.add(conversation)
        db.session.flush()
        item = MediaItem(
            conversation_id=conversation.id,
            content_type="audio/wav",
            status="remote",
            source_enc=runtime().vault.encrypt(
                f"https://twilio.com.example.org{PREFIX}{_recording_sid()}"
            ),
        )
        db.session.add(item)
        db.session.flush()
        enqueue("fetch_recording", {"media_id": item.id})
        db.session.commit()
        media_id = item.id
    assert _run(rec_app) == 1
    assert standin.requests == []
    with rec_app.app_context():
        item = db.session.get(MediaItem, media_id)
        assert item.status == "failed" and item.original_enc is None


@pytest.mark.parametrize(
    "url",
    [
        "http://api.twilio.com{path}",
        "https://api.twilio.com.evil.example{path}",
        "https://evil.example/api.twilio.com{path}",
        "https://api.twilio.com:8443{path}",
        "https://user@api.twilio.com{path}",
        "https://api.twilio.com{path}?x=1",
        "https://api.twilio.com{path}/../../Messages",
        "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1",
    ],
)
def test_parse_source_refuses_anything_but_a_twilio_recording(url: str) -> None:
    assert parse_source(url.format(path=f"{PREFIX}RE{'a' * 32}")) is None


def test_parse_source_reads_the_recording() -> None:
    sid = "RE" + "b" * 32
    for url in (f"https://api.twilio.com{PREFIX}{sid}", f"https://api.twilio.com{PREFIX}{sid}.mp3"):
        source = parse_source(url)
        assert source is not None
        assert (source.account_sid, source.recording_sid) == (ACCOUNT_SID, sid)
        assert source.media_url == f"https://api.twilio.com{PREFIX}{sid}.wav"
