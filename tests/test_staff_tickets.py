"""The ticket page as staff use it: facts, words, reasons, media, messages, actions, audit."""

from __future__ import annotations

import io
import re

from conftest import Phone
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from PIL import Image
from test_staff import csrf, signed_in
from twilio_standin import TwilioStandIn

from app.extensions import db
from app.jobs.worker import run_pending
from app.models import AuditEvent, OutboxJob, Ticket, TicketMessage
from app.runtime import runtime

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> ICE took him right now"


def urgent_ticket(app: Flask, client: FlaskClient, text: str = HOSTILE) -> str:
    Phone(client, "+13125550151").send(text)
    with app.app_context():
        return str(db.session.query(Ticket).one().id)


def act(client: FlaskClient, ticket_id: str, **form: str):  # type: ignore[no-untyped-def]
    page = client.get(f"/staff/tickets/{ticket_id}").get_data(as_text=True)
    return client.post(f"/staff/tickets/{ticket_id}", data={"csrf_token": csrf(page), **form})


def test_ticket_page_shows_reasons_words_and_facts_and_is_audited(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    phone = Phone(client, "+13125550152")
    phone.send("hola")
    phone.send("se llevaron a mi vecino ayer en la mañana")
    phone.send("ayer")
    phone.send("26 y Pulaski")
    phone.send("1")
    for _ in range(12):
        phone.send("SALTAR")
    signed_in(client, runner)
    with app.app_context():
        ticket_id = db.session.query(Ticket).one().id
    html = client.get(f"/staff/tickets/{ticket_id}").get_data(as_text=True)
    assert "P2: person detained" in html
    assert "se llevaron a mi vecino ayer en la mañana" in html
    assert "(Spanish)" in html  # the resident's language, named in the staff's
    assert '<th scope="row">Agency</th>' in html and "ICE (immigration)" in html
    assert "26 y Pulaski" in html
    assert '<th scope="row">When</th>' in html and "before today" in html
    spanish = client.get(f"/staff/tickets/{ticket_id}", headers={"Accept-Language": "es"})
    text = spanish.get_data(as_text=True)
    assert "(español)" in text and "ICE (inmigración)" in text and "Agencia" in text
    with app.app_context():
        views = db.session.query(AuditEvent).filter_by(action="ticket.view").count()
        assert views == 2


def test_hostile_resident_text_stays_inert(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    ticket_id = urgent_ticket(app, client)
    signed_in(client, runner)
    html = client.get(f"/staff/tickets/{ticket_id}").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html and "<img src=x" not in html
    queue = client.get("/staff/").get_data(as_text=True)
    assert "<script>alert" not in queue


def test_viewers_see_facts_but_not_words_and_cannot_act(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    ticket_id = urgent_ticket(app, client, "ICE agents are at my door right now on Cicero")
    signed_in(client, runner, "vic@oversight.example", "viewer")
    html = client.get(f"/staff/tickets/{ticket_id}").get_data(as_text=True)
    assert "on Cicero" not in html and "Viewers see the structured facts only." in html
    assert "P1: happening now" in html
    assert 'id="set-status"' not in html
    page = client.get(f"/staff/tickets/{ticket_id}").get_data(as_text=True)
    response = client.post(
        f"/staff/tickets/{ticket_id}",
        data={"csrf_token": csrf(page), "action": "status", "status": "closed", "reason": "x"},
    )
    assert response.status_code == 403


def test_actions_change_the_ticket_and_are_audited(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    ticket_id = urgent_ticket(app, client, "ICE agents are at my door right now")
    signed_in(client, runner)
    assert (
        act(client, ticket_id, action="assign", assignee="ana@oversight.example").status_code == 302
    )
    no_reason = act(client, ticket_id, action="status", status="closed")
    assert "error" not in no_reason.headers["Location"]  # never carried in the URL
    shown = client.get(no_reason.headers["Location"]).get_data(as_text=True)
    assert "Closing a ticket needs a reason." in shown
    forged = client.get(f"/staff/tickets/{ticket_id}?error=Call+this+number")
    assert "Call this number" not in forged.get_data(as_text=True)
    assert act(client, ticket_id, action="status", status="in_review").status_code == 302
    assert (
        act(
            client, ticket_id, action="priority", priority="P2", reason="agents left, family safe"
        ).status_code
        == 302
    )
    html = client.get(f"/staff/tickets/{ticket_id}").get_data(as_text=True)
    assert "P2: set by staff (agents left, family safe)" in html
    with app.app_context():
        ticket = db.session.get(Ticket, ticket_id)
        assert (ticket.status, ticket.priority, ticket.assignee.email) == (
            "in_review",
            "P2",
            "ana@oversight.example",
        )
        actions = {e.action for e in db.session.query(AuditEvent).filter_by(ticket_id=ticket_id)}
        assert {"ticket.assign", "ticket.status", "ticket.priority"} <= actions


def test_notes_stay_internal_and_replies_reach_the_receipt_page(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    body = client.post("/api/v1/chat", json={"session": None, "text": ""}).get_json()
    body = client.post(
        "/api/v1/chat",
        json={"session": body["session"], "text": "agents stopped us at the bus stop"},
    ).get_json()
    while body["state"] != "submitted":
        body = client.post(
            "/api/v1/chat", json={"session": body["session"], "text": "SKIP"}
        ).get_json()
    receipt = body["receipt"]
    signed_in(client, runner)
    with app.app_context():
        ticket_id = db.session.query(Ticket).one().id
    act(client, ticket_id, action="note", text="Check CCTV at the corner store")
    act(client, ticket_id, action="message", text="Thank you. Which bus stop was it?")
    resident = client.post("/receipt", data={"receipt": receipt}).get_data(as_text=True)
    assert "Which bus stop was it?" in resident
    assert "CCTV" not in resident
    with app.app_context():
        assert db.session.query(TicketMessage).filter_by(direction="internal").count() == 1
        # The resident did not agree to texts (web chat): nothing is relayed.
        assert db.session.query(OutboxJob).filter_by(kind="relay_message").count() == 0


def test_reply_is_texted_only_to_a_resident_who_agreed(
    make_app,
    standin: TwilioStandIn,  # type: ignore[no-untyped-def]
) -> None:
    app = make_app(twilio_api_base_url=standin.url, twilio_from_number="+13125550100")
    client = app.test_client()
    phone = Phone(client, "+13125550153")
    reply = phone.send("ICE agents are at my door right now")
    for _ in range(20):
        if re.search(r"\d{4}-\d{4}-\d{4}-\d{4}", reply[-1]):
            break
        # Yes to being texted by staff; skip everything else.
        reply = phone.send("1" if "May our staff text you" in reply[-1] else "SKIP")
    with app.app_context():
        ticket = db.session.query(Ticket).one()
        assert ticket.contact_ok is True and ticket.contact_enc is not None
        ticket_id = ticket.id
    signed_in(client, app.test_cli_runner())
    act(client, ticket_id, action="message", text="We are on our way. Stay inside.")
    with app.app_context():
        run_pending(runtime())
    texts = [r for r in standin.requests if r.path.endswith("/Messages.json")]
    relayed = [r for r in texts if r.form["To"] == ["+13125550153"]]
    assert len(relayed) == 1
    assert relayed[0].form["Body"] == ["Message from staff: We are on our way. Stay inside."]
    page = client.get(f"/staff/tickets/{ticket_id}").get_data(as_text=True)
    assert "+13125550153" not in page and "5550153" not in page


def test_staff_see_only_the_stripped_photo(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    image = Image.new("RGB", (40, 30), "red")
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    page = client.get("/chat").get_data(as_text=True)
    token = re.search(r'name="session" value="([^"]+)"', page)
    assert token
    html = client.post(
        "/chat",
        data={
            "session": token.group(1),
            "text": "ICE agents arresting people outside right now",
            "media": (io.BytesIO(buffer.getvalue()), "photo.jpg", "image/jpeg"),
        },
        content_type="multipart/form-data",
    ).get_data(as_text=True)
    assert "Stay safe" in html
    signed_in(client, runner)
    with app.app_context():
        ticket = db.session.query(Ticket).one()
        ticket_id, media_id = ticket.id, ticket.media[0].id
    html = client.get(f"/staff/tickets/{ticket_id}").get_data(as_text=True)
    assert f"/staff/tickets/{ticket_id}/media/{media_id}" in html
    photo = client.get(f"/staff/tickets/{ticket_id}/media/{media_id}")
    assert photo.status_code == 200 and photo.mimetype == "image/jpeg"
    assert b"SecretCam" not in photo.data
    assert Image.open(io.BytesIO(photo.data)).size == (40, 30)
    with app.app_context():
        assert db.session.query(AuditEvent).filter_by(action="media.view").count() == 1


def test_unknown_ticket_is_404(client: FlaskClient, runner: FlaskCliRunner) -> None:
    signed_in(client, runner)
    assert client.get("/staff/tickets/TNOTHING").status_code == 404
