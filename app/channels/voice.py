"""The voice hotline: Twilio Voice webhooks answered with TwiML, driven by the keypad.

A call is found by a keyed hash of its CallSid, never by the caller's number: From,
CallerName and the From* location fields are never read. Each <Gather>, <Record> and <Dial>
names its next step in `action`, and every step URL carries the call's language and a step
number, so a repeated delivery of the same step gets the same TwiML and has one effect.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from urllib.parse import urlencode

from flask import Blueprint, Response, request, url_for
from twilio.twiml.voice_response import Gather, VoiceResponse

from app.channels.delivery import once
from app.channels.twilio_auth import twilio_signed
from app.engine.keywords import skip_word
from app.engine.markers import N_
from app.engine.runner import Inbound, Media, Reply
from app.extensions import db
from app.intake.service import Outcome, receive
from app.intake.tickets import refresh, ticket_for
from app.jobs.outbox import enqueue
from app.models import Answer, Conversation, MediaItem
from app.models.base import utcnow
from app.privacy.identity import keyed_hash
from app.runtime import Runtime, runtime
from app.staff.oncall import responders_on_duty

log = logging.getLogger(__name__)
bp = Blueprint("voice", __name__, url_prefix="/twilio/voice")
FLOW = "voice"

# Twilio <Say> voices: the locale's own where Twilio offers one, else the closest.
VOICES: dict[str, tuple[str, str]] = {
    "en": ("Polly.Joanna", "en-US"),
    "es": ("Polly.Lupe", "es-US"),
    "pl": ("Polly.Ewa", "pl-PL"),
    "zh_Hans": ("Polly.Zhiyu", "cmn-CN"),
    "ar": ("Polly.Zeina", "arb"),
    "hi": ("Polly.Aditi", "hi-IN"),
    # No Urdu voice: Hindi is the closest spoken language (Hindustani).
    "ur": ("Polly.Aditi", "hi-IN"),
    "tl": ("Google.fil-PH-Standard-A", "fil-PH"),
    "ru": ("Polly.Tatyana", "ru-RU"),
    "uk": ("Google.uk-UA-Standard-A", "uk-UA"),
    "ko": ("Polly.Seoyeon", "ko-KR"),
    "vi": ("Google.vi-VN-Standard-A", "vi-VN"),
    "gu": ("Google.gu-IN-Standard-A", "gu-IN"),
    "fr": ("Polly.Celine", "fr-FR"),
}
# Keys 1-8 choose a language; 9 reads the next page of languages.
PER_PAGE = 8
# Twilio transcribes recordings in English only; elsewhere staff listen to the audio.
TRANSCRIBED = frozenset({"en"})
GATHER_SECONDS = 7
RECORD_SECONDS = 300
TRANSCRIPTION_DAYS = 3
DIAL_SECONDS = 25

# TRANSLATORS: said in each language's own voice in the language menu. Name your own
# language, not English: "Para español, oprima %(digit)s."
LANGUAGE_OPTION = N_("For English, press %(digit)s.")
MORE_LANGUAGES = N_("For more languages, press 9.")
MAIN_MENU = N_(
    "Testigo. You are anonymous. If agents are there now, press 1. To report something that "
    "already happened, press 2. To hear your rights, press 3. To hear this again, press 0."
)
OPTION = N_("For %(option)s, press %(digit)s.")
REPEAT = N_("To hear this again, press 0.")
CONNECTING = N_("We are calling our rapid responders now. Please stay on the line.")
NOBODY_FREE = N_("No responder is free right now. Our team has been alerted.")
NOBODY_ANSWERED = N_("No responder answered. Our team has been alerted.")
AFTER_CALL = N_("If you can, answer a few questions to complete your report.")
GOODBYE = N_("Thank you for calling Testigo. Goodbye.")
RIGHTS = (
    N_(
        "Your rights. You have the right to stay silent. Do not open the door to immigration "
        "agents. Ask them to pass the warrant under the door."
    ),
    N_(
        "Only a warrant signed by a judge lets them enter. A paper signed by an immigration "
        "officer does not. Do not sign anything, and do not lie or show false papers."
    ),
    N_(
        "If you are arrested, say you want to speak to a lawyer. In Chicago, local police "
        "should not help immigration agents. If they do, report it here."
    ),
)


def _say(node: VoiceResponse | Gather, text: str, locale: str) -> None:
    voice, language = VOICES.get(locale, VOICES["en"])
    node.say(text, voice=voice, language=language)


def _twiml(response: VoiceResponse) -> Response:
    return Response(str(response), mimetype="application/xml")


def _url(endpoint: str, **params: object) -> str:
    return url_for(endpoint) + "?" + urlencode({k: v for k, v in params.items() if v is not None})


def _locale(rt: Runtime) -> str:
    wanted = request.args.get("lang", "")
    return wanted if wanted in rt.catalogs.enabled else "en"


def _step() -> int:
    raw = request.args.get("n", "0")
    return int(raw) if raw.isdigit() and len(raw) < 6 else 0


def _call_sid() -> str | None:
    sid = request.form.get("CallSid", "").strip()
    return sid or None


def _once() -> str:
    """The repeat key: the call, and this exact step URL (which carries lang and step)."""
    return "voice:" + (request.form.get("CallSid", "") + ":" + request.full_path)


def _missing_call() -> Response:
    return Response("CallSid is required\n", status=400, mimetype="text/plain")


# -- language and main menus -----------------------------------------------------------


@bp.post("")
@twilio_signed
def incoming() -> Response:
    if _call_sid() is None:
        return _missing_call()
    log.info("voice.call_started")
    return _twiml(_language_menu(runtime(), page=0))


def _language_menu(rt: Runtime, page: int) -> VoiceResponse:
    enabled = rt.catalogs.enabled
    shown = enabled[page * PER_PAGE : (page + 1) * PER_PAGE]
    response = VoiceResponse()
    gather = Gather(
        num_digits=1,
        timeout=GATHER_SECONDS,
        method="POST",
        action=_url("voice.language", page=page),
    )
    for offset, locale in enumerate(shown, 1):
        _say(gather, rt.catalogs.translate(locale, LANGUAGE_OPTION, digit=offset), locale)
    # A caller whose language is on a later page hears, in it, that 9 leads there.
    for locale in enabled[(page + 1) * PER_PAGE :]:
        _say(gather, rt.catalogs.translate(locale, MORE_LANGUAGES), locale)
    response.append(gather)
    # Silence: say it once more, then continue in English rather than hang up on someone.
    response.redirect(_url("voice.main", lang="en"), method="POST")
    return response


@bp.post("/language")
@twilio_signed
def language() -> Response:
    rt = runtime()
    page = request.args.get("page", "0")
    page_number = int(page) if page.isdigit() and len(page) < 3 else 0
    digits = request.form.get("Digits", "").strip()
    enabled = rt.catalogs.enabled
    if digits == "9" and len(enabled) > (page_number + 1) * PER_PAGE:
        return _twiml(_language_menu(rt, page_number + 1))
    index = page_number * PER_PAGE + int(digits) - 1 if digits.isdigit() and digits != "0" else -1
    if not 0 <= index < len(enabled) or not digits.isdigit() or int(digits) > PER_PAGE:
        return _twiml(_language_menu(rt, page_number))
    locale = enabled[index]
    log.info("voice.language locale=%s", locale)
    return _twiml(_main_menu(rt, locale))


def _main_menu(rt: Runtime, locale: str) -> VoiceResponse:
    response = VoiceResponse()
    gather = Gather(
        num_digits=1, timeout=GATHER_SECONDS, method="POST", action=_url("voice.menu", lang=locale)
    )
    _say(gather, rt.catalogs.translate(locale, MAIN_MENU), locale)
    response.append(gather)
    response.redirect(_url("voice.main", lang=locale), method="POST")
    return response


@bp.post("/main")
@twilio_signed
def main() -> Response:
    rt = runtime()
    return _twiml(_main_menu(rt, _locale(rt)))


@bp.post("/menu")
@twilio_signed
def menu() -> Response:
    rt = runtime()
    locale = _locale(rt)
    sid = _call_sid()
    if sid is None:
        return _missing_call()
    choice = request.form.get("Digits", "").strip()
    if choice == "3":
        response = VoiceResponse()
        for msgid in RIGHTS:
            _say(response, rt.catalogs.translate(locale, msgid), locale)
        response.redirect(_url("voice.main", lang=locale), method="POST")
        return _twiml(response)
    if choice not in ("1", "2"):
        return _twiml(_main_menu(rt, locale))

    def produce() -> str:
        # The report exists from the first keypress: its opening question is kept.
        opening = receive(
            rt,
            "voice",
            sid,
            Inbound(""),
            locale_hint=locale,
            flow_id=FLOW,
            keep_opening=True,
            file_early=True,
        )
        if choice == "1":
            # "Happening now" answers the first question: the P1 ticket and the on-call
            # alert are saved before anything else is said.
            outcome = receive(
                rt, "voice", sid, Inbound("1"), locale_hint=locale, flow_id=FLOW, file_early=True
            )
            log.info("voice.urgent ticket=%s", outcome.ticket_id)
            return str(_urgent(rt, locale, outcome))
        response = VoiceResponse()
        intro = rt.flows[FLOW].message("intro", "voice")[0]
        _say(response, rt.catalogs.translate(locale, intro), locale)
        return str(_ask(rt, locale, list(opening.replies), opening.awaiting, 1, response))

    return Response(once(_once(), produce), mimetype="application/xml")


# -- the urgent path -------------------------------------------------------------------


def _urgent(rt: Runtime, locale: str, outcome: Outcome) -> VoiceResponse:
    response = VoiceResponse()
    replies = list(outcome.replies)
    if outcome.state == "in_progress" and replies:
        replies.pop()  # the next question waits until after the call
    # Safety guidance first, exactly as the engine gives it on every channel.
    for reply in replies:
        _say(response, reply.lead, locale)
    responders = responders_on_duty(rt.settings.zone, utcnow())
    if not responders:
        _say(response, rt.catalogs.translate(locale, NOBODY_FREE), locale)
        return _continue(rt, locale, _to_recording(rt, locale, outcome), 2, response)
    _say(response, rt.catalogs.translate(locale, CONNECTING), locale)
    # Every responder rings at once; they see the hotline's number, never the caller's.
    dial = response.dial(
        caller_id=request.form.get("To") or None,
        timeout=DIAL_SECONDS,
        action=_url("voice.dialed", lang=locale),
        method="POST",
    )
    for responder in responders:
        dial.number(rt.vault.decrypt(responder.number_enc))
    log.info("voice.dialing responders=%d", len(responders))
    return response


@bp.post("/dialed")
@twilio_signed
def dialed() -> Response:
    rt = runtime()
    locale = _locale(rt)
    sid = _call_sid()
    if sid is None:
        return _missing_call()
    status = request.form.get("DialCallStatus", "").strip()

    def produce() -> str:
        response = VoiceResponse()
        # An empty message asks the current question again.
        outcome = receive(rt, "voice", sid, Inbound(""), locale_hint=locale, flow_id=FLOW)
        if status != "completed":
            _say(response, rt.catalogs.translate(locale, NOBODY_ANSWERED), locale)
            return str(_continue(rt, locale, _to_recording(rt, locale, outcome), 2, response))
        _say(response, rt.catalogs.translate(locale, AFTER_CALL), locale)
        return str(_continue(rt, locale, outcome, 2, response))

    log.info("voice.dial_result status=%s", status[:20] or "-")
    return Response(once(_once(), produce), mimetype="application/xml")


# -- keypad questions and the recorded account -----------------------------------------


@bp.post("/answer")
@twilio_signed
def answer() -> Response:
    rt = runtime()
    locale = _locale(rt)
    sid = _call_sid()
    if sid is None:
        return _missing_call()
    step = _step()
    form = request.form
    digits = form.get("Digits", "").strip()
    recording_url = form.get("RecordingUrl", "").strip()

    def produce() -> str:
        media: tuple[Media, ...] = ()
        if recording_url and _duration() > 0:
            media = (Media("audio/wav", recording_url),)
            text = ""
        elif request.args.get("silent") == "1" or recording_url:
            text = skip_word(rt.catalogs, locale)  # silence, or an empty recording, skips
        elif digits == "0" or not digits:
            text = ""  # asks the same question again
        else:
            text = digits[:4]
        outcome = receive(
            rt,
            "voice",
            sid,
            Inbound(text, media),
            locale_hint=locale,
            flow_id=FLOW,
            spoken_receipt=True,
            file_early=True,
        )
        if media and outcome.conversation_id:
            ref = recording_ref(rt, form.get("RecordingSid", "") or recording_url)
            _fetch_recordings(outcome.conversation_id, ref)
        return str(_continue(rt, locale, outcome, step + 1))

    return Response(once(_once(), produce), mimetype="application/xml")


def _duration() -> int:
    raw = request.form.get("RecordingDuration", "0").strip()
    return int(raw) if raw.isdigit() else 0


def recording_ref(rt: Runtime, recording_sid: str) -> str:
    """A keyed hash of Twilio's id, so a later transcription finds its recording."""
    return keyed_hash(rt.pepper, "recording", recording_sid.rsplit("/", 1)[-1])


def _fetch_recordings(conversation_id: str, ref: str) -> None:
    """Queue the download (then deletion at Twilio) of each new recording of this call."""
    db.session.flush()
    for item in db.session.scalars(
        db.select(MediaItem).filter_by(
            conversation_id=conversation_id, status="remote", content_type="audio/wav"
        )
    ):
        enqueue("fetch_recording", {"media_id": item.id})
        item.status = "queued"
        item.meta = {"kind": "audio", "ref": ref}


def _to_recording(rt: Runtime, locale: str, outcome: Outcome) -> Outcome:
    """Nobody could take the call: record the caller now, before any keypad question.

    The questions in between are recorded as skipped, which is what they were.
    """
    sid = _call_sid() or ""
    for _ in range(len(rt.flows[FLOW].steps)):
        if outcome.state != "in_progress" or _is_recording_step(rt, outcome.awaiting or ""):
            break
        outcome = receive(
            rt,
            "voice",
            sid,
            Inbound(skip_word(rt.catalogs, locale)),
            locale_hint=locale,
            flow_id=FLOW,
            file_early=True,
        )
    return outcome


def _continue(
    rt: Runtime, locale: str, outcome: Outcome, step: int, response: VoiceResponse | None = None
) -> VoiceResponse:
    response = response or VoiceResponse()
    if outcome.state != "in_progress":
        for reply in outcome.replies:
            _say(response, reply.lead, locale)
        _say(response, rt.catalogs.translate(locale, GOODBYE), locale)
        response.hangup()
        return response
    return _ask(rt, locale, list(outcome.replies), outcome.awaiting, step, response)


def _ask(
    rt: Runtime,
    locale: str,
    replies: list[Reply],
    awaiting: str | None,
    step: int,
    response: VoiceResponse,
) -> VoiceResponse:
    """Say what came before the question, then ask it: by keypad, or record for an account."""
    replies = list(replies)
    question = replies.pop() if replies else None
    for reply in replies:
        _say(response, reply.lead, locale)
    action = _url("voice.answer", lang=locale, n=step)
    if question is None:
        response.redirect(action, method="POST")
        return response
    if awaiting and _is_recording_step(rt, awaiting):
        _say(response, question.lead, locale)
        extra: dict[str, object] = {}
        if locale in TRANSCRIBED:
            extra = {"transcribe": True, "transcribe_callback": url_for("voice.transcription")}
        response.record(
            action=action,
            method="POST",
            max_length=RECORD_SECONDS,
            finish_on_key="#",
            play_beep=True,
            trim="trim-silence",
            **extra,
        )
        # No recording at all (the caller hung up or stayed silent): skip it.
        response.redirect(_url("voice.answer", lang=locale, n=step, silent=1), method="POST")
        return response
    gather = Gather(num_digits=1, timeout=GATHER_SECONDS, method="POST", action=action)
    _say(gather, _spoken_question(rt, locale, question), locale)
    response.append(gather)
    response.redirect(_url("voice.answer", lang=locale, n=step, silent=1), method="POST")
    return response


def _is_recording_step(rt: Runtime, awaiting: str) -> bool:
    step = rt.flows[FLOW].steps.get(awaiting)
    return step is not None and step.type == "media"


def _spoken_question(rt: Runtime, locale: str, question: Reply) -> str:
    parts = [question.lead]
    parts += [
        rt.catalogs.translate(locale, OPTION, option=c.label, digit=c.value)
        for c in question.choices
    ]
    parts.append(rt.catalogs.translate(locale, REPEAT))
    return " ".join(parts)


@bp.post("/transcription")
@twilio_signed
def transcription() -> Response:
    """Twilio's transcription of a recording: kept encrypted as the report's own words."""
    rt = runtime()
    form = request.form
    recording = form.get("RecordingSid", "").strip()
    words = form.get("TranscriptionText", "").strip()
    if not recording:
        return Response("RecordingSid is required\n", status=400, mimetype="text/plain")
    if form.get("TranscriptionStatus") != "completed" or not words:
        log.info("voice.transcription_unusable")
        return Response(status=204)

    def produce() -> str:
        ref = recording_ref(rt, recording)
        since = utcnow() - timedelta(days=TRANSCRIPTION_DAYS)
        items = db.session.scalars(
            db.select(MediaItem)
            .filter_by(content_type="audio/wav")
            .where(MediaItem.created_at >= since)
        )
        item = next((i for i in items if (i.meta or {}).get("ref") == ref), None)
        conversation = db.session.get(Conversation, item.conversation_id) if item else None
        if conversation is None:
            log.info("voice.transcription_orphan")
            return ""
        db.session.add(
            Answer(
                conversation_id=conversation.id,
                step_id="account",
                field="narrative",
                text_enc=rt.vault.encrypt(words),
            )
        )
        db.session.flush()
        ticket = ticket_for(conversation)
        if ticket is not None:
            refresh(rt, ticket, conversation)
        log.info("voice.transcription_saved conversation=%s", conversation.id)
        return ""

    once("transcription:" + recording, produce)
    return Response(status=204)


@bp.post("/recording")
@twilio_signed
def recording_status() -> Response:
    # The download is queued when the caller finishes recording; this only reports status.
    log.info("voice.recording_status status=%s", request.form.get("RecordingStatus", "-")[:20])
    return Response(status=204)
