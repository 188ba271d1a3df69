"""The SMS line as Twilio and a resident meet it: signed webhooks in, TwiML out."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from conftest import PUBLIC_BASE, Phone, replies, sign
from flask import Flask

from app.extensions import db
from app.models import Answer, Conversation, MediaItem, OutboxJob, Ticket, TranscriptEntry
from app.models.base import utcnow

RECEIPT = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{4}\b")


def counts(app: Flask) -> dict[str, int]:
    with app.app_context():
        return {
            model.__tablename__: db.session.query(model).count()
            for model in (Conversation, Answer, TranscriptEntry, Ticket, OutboxJob, MediaItem)
        }


def tickets(app: Flask) -> list[Ticket]:
    with app.app_context():
        rows = db.session.query(Ticket).order_by(Ticket.created_at).all()
        db.session.expunge_all()
        return rows


def test_forged_signature_gets_403_and_changes_nothing(app: Flask, phone: Phone) -> None:
    before = counts(app)
    params = phone.params("ICE is at my door right now")
    forged = sign(PUBLIC_BASE + "/twilio/sms", params, token="not-the-real-token")
    response = phone.post(params, signature=forged)
    assert response.status_code == 403
    assert counts(app) == before


def test_missing_signature_gets_403(app: Flask, phone: Phone) -> None:
    params = phone.params("hola")
    response = phone.client.post("/twilio/sms", data=params)
    assert response.status_code == 403
    assert counts(app)["conversations"] == 0


def test_tampered_body_fails_the_signature(app: Flask, phone: Phone) -> None:
    params = phone.params("hola")
    signature = sign(PUBLIC_BASE + "/twilio/sms", params)
    params["Body"] = "STOP"
    assert phone.post(params, signature=signature).status_code == 403


def test_signature_is_checked_against_the_public_url_not_the_local_one(
    app: Flask, phone: Phone
) -> None:
    params = phone.params("hola")
    # Signed for the address the app happens to be reached at behind the proxy: refused,
    # because Twilio signs the public URL it called.
    local = sign("http://localhost/twilio/sms", params)
    assert phone.post(params, signature=local).status_code == 403
    assert phone.post(params).status_code == 200


def test_repeated_message_sid_has_one_effect_and_the_same_reply(app: Flask, phone: Phone) -> None:
    phone.send("hola")
    params = phone.params("la migra se llevó a mi vecino ayer")
    first = phone.post(params)
    after_first = counts(app)
    second = phone.post(params)
    assert first.status_code == second.status_code == 200
    assert second.get_data() == first.get_data()
    assert counts(app) == after_first
    # The conversation moved on exactly once: the next question is the one after "when".
    nxt = phone.send("ayer en la mañana")
    assert "¿Dónde pasó?" in nxt[0]


def test_stop_gets_an_empty_response_and_ends_the_conversation(app: Flask, phone: Phone) -> None:
    phone.send("hola")
    phone.send("vi agentes de ICE en la esquina de mi casa")
    response = phone.post(phone.params("STOP"))
    assert response.status_code == 200
    assert replies(response.get_data(as_text=True)) == []
    assert "<Message" not in response.get_data(as_text=True)
    with app.app_context():
        conversation = db.session.query(Conversation).one()
        assert conversation.status == "stopped"
        assert conversation.lookup_key is None
        # What the resident had already said is kept, as an incomplete ticket.
        ticket = db.session.query(Ticket).one()
        assert ticket.incomplete is True


def test_every_twilio_opt_out_word_is_silent(app: Flask, new_phone) -> None:  # type: ignore[no-untyped-def]
    for word in ("stop", "STOPALL", "Unsubscribe", "CANCEL", "end", "QUIT", "revoke", "OPTOUT"):
        phone = new_phone()
        phone.send("hello")
        assert phone.send(word) == [], word


def test_opt_out_type_from_twilio_is_honoured(app: Flask, phone: Phone) -> None:
    phone.send("hello")
    response = phone.post(phone.params("ALTO", OptOutType="STOP"))
    assert replies(response.get_data(as_text=True)) == []


def _skip_to_receipt(phone: Phone, first: str, skip: str) -> tuple[list[str], str]:
    bot: list[str] = []
    bot.extend(phone.send(first))
    for _ in range(30):
        if RECEIPT.search(bot[-1]):
            break
        bot.extend(phone.send(skip))
    match = RECEIPT.search(bot[-1])
    assert match, bot[-1]
    return bot, match.group(0)


def test_skipping_everything_in_english_reaches_a_receipt_within_15_messages(
    app: Flask, phone: Phone
) -> None:
    bot, receipt = _skip_to_receipt(phone, "hello", "SKIP")
    assert len(bot) <= 15
    assert "Thank you, your report is saved." in bot[-1]
    [ticket] = tickets(app)
    assert ticket.incomplete is False
    assert ticket.language == "en"
    assert ticket.channel == "sms"
    assert ticket.priority == "P4"


def test_skipping_everything_in_spanish_reaches_a_receipt_within_15_messages(
    app: Flask, phone: Phone
) -> None:
    bot, receipt = _skip_to_receipt(phone, "hola", "SALTAR")
    assert len(bot) <= 15
    assert "su reporte está guardado" in bot[-1]
    assert all("Thank you" not in m for m in bot)
    [ticket] = tickets(app)
    assert ticket.language == "es"


def test_skip_words_work_in_any_case_and_language(app: Flask, phone: Phone) -> None:
    phone.send("hello")
    first = phone.send("skip")
    second = phone.send("Saltar")
    third = phone.send("  OMITIR ")
    assert first[0].startswith("When did it happen?")
    assert second[0].startswith("Where did it happen?")
    assert third[0].startswith("Who were the agents?")


def test_a_spanish_first_message_gets_spanish_replies(app: Flask, phone: Phone) -> None:
    first = phone.send("hola, necesito reportar algo")
    assert all(re.search(r"[¿áéíóúñ]|Testigo", m) for m in first)
    assert "¿Qué pasó?" in first[0] or "preguntas" in " ".join(first)
    nxt = phone.send("no sé cómo empezar, vi a unos agentes")
    assert "Thank you" not in " ".join(nxt)


def test_an_english_first_message_gets_english_replies(app: Flask, phone: Phone) -> None:
    first = phone.send("hi")
    assert first[0].startswith("Testigo: this line is anonymous.")


def test_urgent_first_message_has_a_p1_ticket_before_the_second_question(
    app: Flask, phone: Phone
) -> None:
    reply = phone.send("ICE agents are at my door right now, they want to come in")
    # Safety guidance comes first, then the next question.
    assert reply[0].startswith("Stay safe: Do not open the door.")
    assert "warrant signed by a judge" in reply[0]
    assert "911" in reply[1]
    # The story already said who and when, so the next question is where.
    assert reply[-1].startswith("Where did it happen?")
    [ticket] = tickets(app)
    assert ticket.priority == "P1"
    assert "ongoing" in ticket.flags
    assert ticket.incomplete is True
    with app.app_context():
        jobs = db.session.query(OutboxJob).filter_by(kind="alert_oncall").all()
        assert [j.payload["ticket_id"] for j in jobs] == [ticket.id]
    # The next answers update the same ticket; no second alert.
    phone.send("Kedzie and 26th")
    with app.app_context():
        assert db.session.query(Ticket).count() == 1
        assert db.session.query(OutboxJob).filter_by(kind="alert_oncall").count() == 1


def test_spanish_urgent_message_gets_spanish_safety_guidance(app: Flask, phone: Phone) -> None:
    reply = phone.send("la migra está aquí ahorita tocando la puerta")
    assert reply[0].startswith("Cuídese: No abra la puerta.")
    [ticket] = tickets(app)
    assert ticket.priority == "P1"


def test_answering_now_to_when_is_urgent_too(app: Flask, phone: Phone) -> None:
    phone.send("hello")
    story = phone.send("I saw agents and two vans on my street")
    assert story[0].startswith("When did it happen?")
    reply = phone.send("1")
    assert reply[0].startswith("Stay safe")
    [ticket] = tickets(app)
    assert ticket.priority in ("P1", "P2")
    assert "ongoing" in ticket.flags


def test_rapid_response_number_is_given_when_configured(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(rapid_response_number="+1 312 555 0199")
    phone = Phone(app.test_client(), "+13125550142")
    reply = phone.send("ICE is here right now")
    assert any("+1 312 555 0199" in m for m in reply)


def test_first_message_story_is_not_asked_again(app: Flask, phone: Phone) -> None:
    reply = phone.send("Yesterday ICE agents took my neighbor from his car on Cicero")
    asked = " ".join(reply)
    assert "What happened?" not in asked
    assert "Who were the agents?" not in asked
    assert "Was anyone detained" not in asked


def test_abandoned_conversation_becomes_an_incomplete_ticket(app: Flask, phone: Phone) -> None:
    from app.intake.service import expire_idle
    from app.runtime import runtime

    phone.send("hello")
    phone.send("agents were asking people for papers at the bus stop")
    phone.send("this morning")
    assert tickets(app) == []
    with app.app_context():
        rt = runtime()
        filed, dropped = expire_idle(rt, utcnow() + timedelta(minutes=30))
        assert (filed, dropped) == (0, 0)  # not idle long enough yet
        filed, dropped = expire_idle(rt, utcnow() + timedelta(hours=2, minutes=1))
        db.session.commit()
        assert filed == 1
        conversation = db.session.query(Conversation).one()
        assert conversation.lookup_key is None and conversation.status == "abandoned"
    [ticket] = tickets(app)
    assert ticket.incomplete is True
    # Texting again starts a fresh report, not the old one.
    assert phone.send("hello")[0].startswith("Testigo: this line is anonymous.")


def test_greeting_alone_left_idle_is_let_go(app: Flask, phone: Phone) -> None:
    from app.intake.service import expire_idle
    from app.runtime import runtime

    phone.send("hi")
    with app.app_context():
        assert expire_idle(runtime(), utcnow() + timedelta(hours=3)) == (0, 1)
        db.session.commit()
    assert counts(app)["conversations"] == 0


def test_answers_are_saved_as_they_arrive(app: Flask, phone: Phone) -> None:
    phone.send("hello")
    phone.send("two SUVs with agents parked outside the school")
    with app.app_context():
        [answer] = db.session.query(Answer).all()
        assert answer.field == "narrative"
        assert answer.text_enc is not None and b"SUVs" not in answer.text_enc


def test_delete_erases_the_report_in_progress(app: Flask, phone: Phone) -> None:
    phone.send("ICE is at the door right now")
    assert len(tickets(app)) == 1
    reply = phone.send("BORRAR")
    assert "borrado" in reply[0] or "deleted" in reply[0]
    after = counts(app)
    assert after["conversations"] == after["answers"] == after["transcript_entries"] == 0
    assert after["tickets"] == 0


def test_delete_with_nothing_in_progress(app: Flask, phone: Phone) -> None:
    assert phone.send("DELETE") == ["There is no report in progress to delete."]
    assert counts(app)["conversations"] == 0


def test_status_with_receipt_answers_with_the_ticket_status(app: Flask, phone: Phone) -> None:
    _, receipt = _skip_to_receipt(phone, "hello", "SKIP")
    reply = phone.send(f"STATUS {receipt}")
    assert reply[0].startswith(f"Report {receipt}: received, waiting for review.")
    spaced = phone.send("estado " + receipt.replace("-", " "))
    assert spaced[0].startswith(f"Reporte {receipt}") or spaced[0].startswith(f"Report {receipt}")
    wrong = phone.send("STATUS 1111-2222-3333-4444")
    assert wrong == ["No report has that receipt. Check the 16 digits and try again."]


def test_status_lookups_are_rate_limited(app: Flask, phone: Phone) -> None:
    answers = [phone.send(f"STATUS 1111-2222-3333-{n:04d}")[0] for n in range(7)]
    assert answers[0].startswith("No report has that receipt")
    assert answers[-1] == "Too many receipt checks. Please try again in an hour."


def test_help_and_language_menu(app: Flask, phone: Phone) -> None:
    phone.send("hello")
    help_reply = phone.send("HELP")
    assert help_reply[0].startswith("Testigo is an anonymous line")
    assert help_reply[1].startswith("Testigo: this line is anonymous.")
    menu = phone.send("IDIOMA")
    assert menu[0].splitlines()[1:3] == ["1 English", "2 Español"]
    switched = phone.send("2")
    assert switched[0].startswith("Testigo: esta línea es anónima.")


def test_language_word_in_polish_opens_the_menu(app: Flask, phone: Phone) -> None:
    menu = phone.send("JĘZYK")
    assert "1 English" in menu[0]


def test_menu_restarts_from_the_first_question(app: Flask, phone: Phone) -> None:
    phone.send("hello")
    phone.send("SKIP")
    phone.send("SKIP")
    restarted = phone.send("MENU")
    assert restarted[0] == "Starting again from the first question."
    assert restarted[1].startswith("Testigo: this line is anonymous.")


def test_choice_by_word_in_either_language(app: Flask, phone: Phone) -> None:
    phone.send("hello")
    for _ in range(3):
        phone.send("SKIP")
    after_agency = phone.send("la migra")
    assert after_agency[0].startswith("How many agents")


def test_unclear_choice_is_asked_once_more_then_kept_as_words(app: Flask, phone: Phone) -> None:
    phone.send("hello")
    for _ in range(3):
        phone.send("SKIP")
    again = phone.send("purple")
    assert again[0].startswith("Sorry, I did not understand.")
    assert again[1].startswith("Who were the agents?")
    moved_on = phone.send("the ones in green")
    assert moved_on[0].startswith("How many agents")
    with app.app_context():
        agency = db.session.query(Answer).filter_by(field="agency").one()
        assert agency.value is None and agency.text_enc is not None


def test_mms_is_recorded_as_media_sent(app: Flask, phone: Phone) -> None:
    phone.send("hello")
    phone.send("agents took a man from the bus stop", media=("image/jpeg", "video/mp4"))
    with app.app_context():
        items = db.session.query(MediaItem).all()
        assert sorted(i.content_type for i in items) == ["image/jpeg", "video/mp4"]
        assert all(b"twilio.com" not in (i.source_enc or b"") for i in items)
    _, _ = _skip_to_receipt(phone, "SKIP", "SKIP")
    [ticket] = tickets(app)
    assert ticket.media_count == 2
    assert "evidence_media" in ticket.flags


def test_whatsapp_senders_work_the_same(app: Flask, new_phone) -> None:  # type: ignore[no-untyped-def]
    wa = new_phone("whatsapp:+13125550177")
    params = wa.params("hola", ProfileName="María", WaId="13125550177")
    response = wa.post(params)
    assert replies(response.get_data(as_text=True))[0].startswith("Testigo: esta línea")
    # The same number by plain SMS is a different conversation.
    sms = new_phone("+13125550177")
    assert sms.send("hello")[0].startswith("Testigo: this line is anonymous.")


def test_bad_input_gets_a_clear_400_not_a_500(app: Flask, phone: Phone) -> None:
    params = phone.params("hola")
    del params["From"]
    response = phone.post(params)
    assert response.status_code == 400
    assert "From" in response.get_data(as_text=True)
    params = phone.params("hola", NumMedia="lots")
    response = phone.post(params)
    assert response.status_code == 400
    assert counts(app)["conversations"] == 0


def test_status_callback_answers_204(app: Flask, phone: Phone) -> None:
    params = {"MessageSid": "SM" + "2" * 32, "MessageStatus": "delivered", "ErrorCode": ""}
    headers = {"X-Twilio-Signature": sign(PUBLIC_BASE + "/twilio/sms/status", params)}
    response = phone.client.post("/twilio/sms/status", data=params, headers=headers)
    assert response.status_code == 204
    assert phone.client.post("/twilio/sms/status", data=params).status_code == 403


def test_times_are_read_in_chicago_time(app: Flask, phone: Phone) -> None:
    from app.engine.runner import Inbound
    from app.intake.service import receive
    from app.runtime import runtime

    # 23:30 in Chicago on 14 March is already 15 March in UTC.
    late = datetime(2026, 3, 15, 4, 30, tzinfo=UTC)
    with app.app_context():
        rt = runtime()
        receive(rt, "sms", phone.number, Inbound("hello"), now=late)
        receive(rt, "sms", phone.number, Inbound("agents stopped my car on Cicero"), now=late)
        receive(rt, "sms", phone.number, Inbound("yesterday morning"), now=late)
        db.session.commit()
        when = db.session.query(Answer).filter_by(field="when").one().value
    assert when["recency"] == "earlier"
    assert when["at"].startswith("2026-03-13")


def test_status_gives_the_latest_staff_reply(app: Flask, phone: Phone) -> None:
    from app.models import TicketMessage
    from app.runtime import runtime

    _, receipt = _skip_to_receipt(phone, "hello", "SKIP")
    with app.app_context():
        ticket = db.session.query(Ticket).one()
        for text in ("First reply", "Can you call our office line?"):
            db.session.add(
                TicketMessage(
                    ticket_id=ticket.id, direction="staff", body_enc=runtime().vault.encrypt(text)
                )
            )
        db.session.add(
            TicketMessage(
                ticket_id=ticket.id,
                direction="internal",
                body_enc=runtime().vault.encrypt("internal only"),
            )
        )
        db.session.commit()
    reply = phone.send(f"STATUS {receipt}")
    assert reply[1] == "Message from staff: Can you call our office line?"
    assert len(reply) == 2
