"""The voice hotline as Twilio drives it: signed webhook sequences in, TwiML out, parsed."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from xml.etree import ElementTree

import pytest
from conftest import ACCOUNT_SID, HOTLINE, PUBLIC_BASE, RecordingHandler, database_text, sign
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from twilio_standin import TwilioStandIn

from app.extensions import db
from app.jobs.worker import run_pending
from app.models import Conversation, MediaItem, OutboxJob, Ticket
from app.privacy.media import open_original
from app.runtime import runtime

CALLER = "+17735550163"
CALLER_FIELDS = {
    "CallerName": "ROSALINDA QUINTERO",
    "FromCity": "BERWYN",
    "FromZip": "60402",
    "FromState": "IL",
    "FromCountry": "US",
    "CallerCity": "BERWYN",
    "CallerZip": "60402",
}


class Call:
    """One phone call to the hotline, every webhook signed exactly as Twilio signs it."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client
        self.sid = "CA" + uuid.uuid4().hex

    def post(self, path: str, **form: str) -> ElementTree.Element:
        response = self.raw(path, **form)
        assert response.status_code == 200, response.get_data(as_text=True)
        assert response.mimetype == "application/xml"
        root = ElementTree.fromstring(response.get_data())  # noqa: S314 - the app's own TwiML
        assert root.tag == "Response"
        return root

    def raw(self, path: str, **form: str):  # type: ignore[no-untyped-def]
        params = {
            "CallSid": self.sid,
            "AccountSid": ACCOUNT_SID,
            "From": CALLER,
            "To": HOTLINE,
            "CallStatus": "in-progress",
            "Direction": "inbound",
            "ApiVersion": "2010-04-01",
            **CALLER_FIELDS,
            **form,
        }
        signature = sign(PUBLIC_BASE + path, params)
        return self.client.post(path, data=params, headers={"X-Twilio-Signature": signature})

    def follow(self, node: ElementTree.Element, **form: str) -> ElementTree.Element:
        """Answer a <Gather> or <Record>: post to its action, as Twilio would."""
        action = node.get("action")
        assert action, ElementTree.tostring(node)
        return self.post(action, **form)


def says(node: ElementTree.Element) -> list[str]:
    return [say.text or "" for say in node.iter("Say")]


def gather(root: ElementTree.Element) -> ElementTree.Element:
    found = root.find("Gather")
    assert found is not None, ElementTree.tostring(root)
    assert found.get("numDigits") == "1" and found.get("method") == "POST"
    return found


@pytest.fixture
def call(client: FlaskClient) -> Call:
    return Call(client)


def test_unsigned_or_forged_calls_get_403_and_change_nothing(app: Flask, call: Call) -> None:
    forged = call.client.post(
        "/twilio/voice",
        data={"CallSid": call.sid, "From": CALLER},
        headers={"X-Twilio-Signature": "bm9wZQ=="},
    )
    assert forged.status_code == 403
    unsigned = call.client.post(
        "/twilio/voice/menu?lang=en", data={"CallSid": call.sid, "Digits": "1"}
    )
    assert unsigned.status_code == 403
    with app.app_context():
        assert db.session.query(Conversation).count() == 0


def test_language_menu_first_each_option_in_its_own_language(app: Flask, call: Call) -> None:
    root = call.post("/twilio/voice")
    menu = gather(root)
    assert menu.get("action") == "/twilio/voice/language?page=0"
    options = list(menu.iter("Say"))
    assert [(o.text, o.get("language")) for o in options[:2]] == [
        ("For English, press 1.", "en-US"),
        ("Para español, oprima 2.", "es-US"),
    ]
    with app.app_context():
        enabled = runtime().catalogs.enabled
        expected = [
            runtime().catalogs.translate(loc, "For English, press %(digit)s.", digit=i)
            for i, loc in enumerate(enabled[:8], 1)
        ]
    assert [o.text for o in options[: len(expected)]] == expected
    assert {o.get("language") for o in options} >= {"en-US", "es-US"}
    assert root.find("Redirect") is not None  # silence does not hang up on anyone


def test_main_menu_in_the_chosen_language(call: Call) -> None:
    root = call.follow(gather(call.post("/twilio/voice")), Digits="2")
    menu = gather(root)
    assert menu.get("action") == "/twilio/voice/menu?lang=es"
    [text] = says(menu)
    for fragment in ("oprima 1", "oprima 2", "oprima 3", "oprima 0"):
        assert fragment in text
    assert menu.find("Say").get("language") == "es-US"  # type: ignore[union-attr]
    # A key that means nothing repeats the language menu.
    again = call.post("/twilio/voice/language?page=0", Digits="0")
    assert gather(again).get("action") == "/twilio/voice/language?page=0"


def test_rights_are_read_aloud_then_back_to_the_menu(call: Call) -> None:
    root = call.post("/twilio/voice/menu?lang=es", Digits="3")
    spoken = " ".join(says(root))
    assert "derecho a guardar silencio" in spoken and "firmada por un juez" in spoken
    redirect = root.find("Redirect")
    assert redirect is not None and redirect.text == "/twilio/voice/main?lang=es"


def test_zero_repeats_the_main_menu(call: Call) -> None:
    root = call.post("/twilio/voice/menu?lang=en", Digits="0")
    assert gather(root).get("action") == "/twilio/voice/menu?lang=en"


def _add_responders(runner: FlaskCliRunner) -> None:
    for label, number in (("Ana", "+13125550161"), ("Luis", "+13125550162")):
        assert runner.invoke(args=["oncall", "add", label, number]).exit_code == 0


def test_happening_now_files_p1_and_rings_every_responder_together(
    app: Flask, call: Call, runner: FlaskCliRunner
) -> None:
    _add_responders(runner)
    root = call.post("/twilio/voice/menu?lang=es", Digits="1")
    with app.app_context():
        ticket = db.session.query(Ticket).one()
        assert (ticket.channel, ticket.priority, ticket.language) == ("voice", "P1", "es")
        assert "ongoing" in ticket.flags
        assert db.session.query(OutboxJob).filter_by(kind="alert_oncall").count() == 1
    spoken = says(root)
    assert spoken[0].startswith("Cuídese: No abra la puerta.")
    dial = root.find("Dial")
    assert dial is not None
    assert dial.get("callerId") == HOTLINE  # the hotline's number, never the caller's
    assert dial.get("timeout") == "25"
    assert dial.get("action") == "/twilio/voice/dialed?lang=es"
    assert sorted(n.text or "" for n in dial.iter("Number")) == ["+13125550161", "+13125550162"]
    assert CALLER not in ElementTree.tostring(root, encoding="unicode")


def test_nobody_answers_then_the_caller_is_told_and_asked(
    app: Flask, call: Call, runner: FlaskCliRunner
) -> None:
    _add_responders(runner)
    call.post("/twilio/voice/menu?lang=en", Digits="1")
    root = call.post("/twilio/voice/dialed?lang=en", DialCallStatus="no-answer")
    spoken = says(root)
    assert spoken[0] == "No responder answered. Our team has been alerted."
    # Told, then recorded at once: no keypad questions in an emergency.
    assert spoken[1].startswith("After the tone, tell us what happened")
    assert root.find("Record") is not None and root.find("Gather") is None
    after = call.post("/twilio/voice/dialed?lang=en", DialCallStatus="completed")
    assert after.find("Record") is not None  # a repeat of the same step changes nothing


def test_no_responder_on_duty_records_the_caller_at_once(app: Flask, call: Call) -> None:
    root = call.post("/twilio/voice/menu?lang=en", Digits="1")
    assert root.find("Dial") is None
    assert "No responder is free right now. Our team has been alerted." in says(root)
    assert root.find("Record") is not None
    with app.app_context():
        assert db.session.query(Ticket).one().priority == "P1"


def test_report_by_keypad_then_recording_then_receipt_read_twice(app: Flask, call: Call) -> None:
    root = call.post("/twilio/voice/menu?lang=en", Digits="2")
    assert says(root)[0].startswith("Answer with your phone's keypad.")
    when = gather(root)
    assert when.get("action") == "/twilio/voice/answer?lang=en&n=1"
    assert "For Before today, press 3." in says(when)[0]
    root = call.follow(when, Digits="3")
    with app.app_context():
        ticket = db.session.query(Ticket).one()  # the ticket exists from the first answer
        assert ticket.channel == "voice" and ticket.incomplete is True
    root = call.follow(gather(root), Digits="1")  # ICE
    root = call.follow(gather(root), Digits="1")  # someone was hurt
    root = call.follow(gather(root), Digits="1")  # someone detained
    record = root.find("Record")
    assert record is not None, ElementTree.tostring(root)
    assert record.get("action") == "/twilio/voice/answer?lang=en&n=5"
    assert (record.get("maxLength"), record.get("finishOnKey")) == ("300", "#")
    recording = (
        f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/RE" + uuid.uuid4().hex
    )
    root = call.follow(
        record,
        RecordingUrl=recording,
        RecordingSid=recording.rsplit("/")[-1],
        RecordingDuration="42",
        Digits="#",
    )
    spoken = " ".join(says(root))
    digits = re.findall(r"((?:\d \d \d \d, ){3}\d \d \d \d)", spoken)
    assert len(digits) == 2 and digits[0] == digits[1]
    assert root.find("Hangup") is not None
    with app.app_context():
        ticket = db.session.query(Ticket).one()
        assert ticket.incomplete is False and ticket.receipt_hash
        assert ticket.priority == "P2" and {"injury", "detention"} <= set(ticket.flags)
        item = db.session.query(MediaItem).one()
        assert item.content_type == "audio/wav" and item.status == "queued"
        job = db.session.query(OutboxJob).filter_by(kind="fetch_recording").one()
        assert job.payload == {"media_id": item.id}


def test_silence_skips_a_question(call: Call) -> None:
    root = call.post("/twilio/voice/menu?lang=en", Digits="2")
    silent = root.find("Redirect")
    assert silent is not None and silent.text == "/twilio/voice/answer?lang=en&n=1&silent=1"
    root = call.post(silent.text)
    assert "Who were the agents?" in says(gather(root))[0]


def test_zero_repeats_the_question(call: Call) -> None:
    root = call.post("/twilio/voice/menu?lang=en", Digits="2")
    again = call.follow(gather(root), Digits="0")
    assert "When did it happen?" in says(gather(again))[0]


def test_repeated_step_delivery_has_one_effect_and_the_same_twiml(app: Flask, call: Call) -> None:
    call.post("/twilio/voice/menu?lang=en", Digits="2")
    first = call.raw("/twilio/voice/answer?lang=en&n=1", Digits="3")
    with app.app_context():
        answers = db.session.query(Conversation).one().answers
        count = len(answers)
    second = call.raw("/twilio/voice/answer?lang=en&n=1", Digits="3")
    assert first.get_data() == second.get_data()
    with app.app_context():
        assert len(db.session.query(Conversation).one().answers) == count


def test_caller_number_name_and_location_are_never_kept(
    app: Flask, call: Call, raw_logs: RecordingHandler, runner: FlaskCliRunner
) -> None:
    _add_responders(runner)
    call.post("/twilio/voice")
    call.post("/twilio/voice/language?page=0", Digits="1")
    call.post("/twilio/voice/menu?lang=en", Digits="1")
    call.post("/twilio/voice/dialed?lang=en", DialCallStatus="completed")
    stored = database_text(app)
    logged = "\n".join(raw_logs.lines)
    for secret in (CALLER, "7735550163", "ROSALINDA", "QUINTERO", "BERWYN", "60402", call.sid):
        assert secret not in stored, secret
        assert secret not in logged, secret


def test_missing_call_sid_is_a_clear_400(call: Call) -> None:
    params = {"From": CALLER, "To": HOTLINE, "Digits": "2"}
    response = call.client.post(
        "/twilio/voice/menu?lang=en",
        data=params,
        headers={"X-Twilio-Signature": sign(PUBLIC_BASE + "/twilio/voice/menu?lang=en", params)},
    )
    assert response.status_code == 400
    assert "CallSid" in response.get_data(as_text=True)


def test_recording_is_fetched_deleted_at_twilio_and_transcribed(
    make_app: Callable[..., Flask], standin: TwilioStandIn
) -> None:
    app = make_app(twilio_api_base_url=standin.url)
    call = Call(app.test_client())
    root = call.post("/twilio/voice/menu?lang=en", Digits="2")
    for key in ("3", "1", "1", "1"):  # before today, ICE, someone hurt, detained
        node = root.find("Gather")
        assert node is not None
        root = call.follow(node, Digits=key)
    record = root.find("Record")
    assert record is not None
    assert record.get("transcribe") == "true"
    assert record.get("transcribeCallback") == "/twilio/voice/transcription"
    sid = "RE" + uuid.uuid4().hex
    url = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{sid}"
    audio = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(28)
    standin.recordings[sid] = audio
    call.follow(record, RecordingUrl=url, RecordingSid=sid, RecordingDuration="30")
    with app.app_context():
        assert run_pending(runtime()) == 1
        item = db.session.query(MediaItem).one()
        assert open_original(runtime().vault, item) == audio
    paths = [(r.method, r.path) for r in standin.requests]
    assert ("GET", f"/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{sid}.wav") in paths
    assert any(m == "DELETE" and sid in p for m, p in paths)
    done = call.raw(
        "/twilio/voice/transcription",
        RecordingSid=sid,
        TranscriptionStatus="completed",
        TranscriptionText="Two agents took my uncle from the car wash on Cicero",
    )
    assert done.status_code == 204
    with app.app_context():
        ticket = db.session.query(Ticket).one()
        words = runtime().vault.decrypt(ticket.narrative_enc)
        assert words.startswith("Two agents took my uncle")
        assert "detention" in ticket.flags
    assert sid not in database_text(app) and "car wash" not in database_text(app)


def test_after_a_responder_talked_with_the_caller_the_questions_follow(
    app: Flask, call: Call, runner: FlaskCliRunner
) -> None:
    _add_responders(runner)
    call.post("/twilio/voice/menu?lang=en", Digits="1")
    root = call.post("/twilio/voice/dialed?lang=en", DialCallStatus="completed")
    assert says(root)[0] == "If you can, answer a few questions to complete your report."
    assert "Who were the agents?" in says(gather(root))[0]


def test_more_languages_key_once_there_are_more_than_eight(
    app: Flask, call: Call, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.i18n import ALL_LOCALES

    with app.app_context():
        monkeypatch.setattr(runtime().catalogs, "enabled", ALL_LOCALES)
    first = gather(call.post("/twilio/voice"))
    options = list(first.iter("Say"))
    # Eight languages, then "more languages, press 9" in each language of the next page.
    assert len(options) == len(ALL_LOCALES)
    assert [o.get("language") for o in options[:3]] == ["en-US", "es-US", "pl-PL"]
    with app.app_context():
        later = [
            runtime().catalogs.translate(loc, "For more languages, press 9.")
            for loc in ALL_LOCALES[8:]
        ]
    assert [o.text for o in options[8:]] == later
    second = gather(call.post("/twilio/voice/language?page=0", Digits="9"))
    assert second.get("action") == "/twilio/voice/language?page=1"
    assert len(list(second.iter("Say"))) == len(ALL_LOCALES) - 8
    root = call.post("/twilio/voice/language?page=1", Digits="6")
    assert gather(root).get("action") == f"/twilio/voice/menu?lang={ALL_LOCALES[13]}"
