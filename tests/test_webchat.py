"""The web chat without a browser: the JSON API to the letter, and the JS-free pages."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from app.extensions import db
from app.models import Conversation, Ticket, TicketMessage
from app.runtime import runtime

RECEIPT = re.compile(r"\d{4}-\d{4}-\d{4}-\d{4}")
TOKEN = re.compile(r'name="session" value="([^"]+)"')


def api(client: FlaskClient, session: str | None, text: str, **extra: object) -> dict:  # type: ignore[type-arg]
    response = client.post("/api/v1/chat", json={"session": session, "text": text, **extra})
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()  # type: ignore[no-any-return]


def test_api_start_shows_the_first_question_and_keeps_nothing(
    app: Flask, client: FlaskClient
) -> None:
    body = api(client, None, "", locale="es")
    assert set(body) == {"session", "locale", "messages", "state", "receipt"}
    assert body["locale"] == "es" and body["state"] == "in_progress" and body["receipt"] is None
    assert body["messages"][0]["text"].startswith("Testigo es anónimo. ¿Qué pasó?")
    with app.app_context():
        assert db.session.query(Conversation).count() == 0


def test_api_skip_everything_reaches_a_receipt(app: Flask, client: FlaskClient) -> None:
    body = api(client, None, "")
    for _ in range(20):
        body = api(client, body["session"], "SKIP")
        if body["state"] == "submitted":
            break
    assert body["state"] == "submitted"
    assert RECEIPT.fullmatch(body["receipt"])
    assert body["receipt"] in body["messages"][-1]["text"]
    with app.app_context():
        ticket = db.session.query(Ticket).one()
        assert ticket.channel == "web" and ticket.incomplete is False


def test_api_choices_come_as_a_list(client: FlaskClient) -> None:
    body = api(client, None, "")
    body = api(client, body["session"], "two vans of agents parked on my block")
    when = body["messages"][-1]
    assert when["choices"] == [{"value": "1", "label": "It is happening now"}]
    assert "\n1 " not in when["text"]  # the page shows choices as buttons, not in the text


def test_api_urgent_story_files_a_p1_ticket_at_once(app: Flask, client: FlaskClient) -> None:
    body = api(client, None, "", locale="en")
    body = api(client, body["session"], "ICE agents are breaking the door of my neighbor now")
    assert body["messages"][0]["text"].startswith("Stay safe")
    with app.app_context():
        assert db.session.query(Ticket).one().priority == "P1"


def test_api_errors_match_the_contract(client: FlaskClient) -> None:
    def error(response) -> tuple[int, str, str | None]:  # type: ignore[no-untyped-def]
        body = response.get_json()["error"]
        return response.status_code, body["code"], body["field"]

    post = client.post
    assert error(post("/api/v1/chat", data="{", content_type="application/json")) == (
        400,
        "bad_request",
        None,
    )
    assert error(post("/api/v1/chat", json=["text"])) == (400, "bad_request", None)
    assert error(post("/api/v1/chat", json={"session": None})) == (400, "bad_request", "text")
    assert error(post("/api/v1/chat", json={"session": 5, "text": ""})) == (
        400,
        "bad_request",
        "session",
    )
    assert error(post("/api/v1/chat", json={"session": None, "text": "", "locale": "xx"})) == (
        400,
        "bad_request",
        "locale",
    )
    assert error(post("/api/v1/chat", json={"session": None, "text": "x" * 5001})) == (
        413,
        "too_large",
        "text",
    )
    good = api(client, None, "")["session"]
    assert error(post("/api/v1/chat", json={"session": good[:-2] + "xx", "text": "hi"})) == (
        400,
        "session_invalid",
        "session",
    )
    assert error(post("/api/v1/chat", json={"session": "not-a-token", "text": "hi"})) == (
        400,
        "session_invalid",
        "session",
    )


def test_api_expired_session_is_invalid(client: FlaskClient, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    token = api(client, None, "")["session"]
    monkeypatch.setattr("app.channels.webchat.sessions.MAX_AGE_SECONDS", -1)
    response = client.post("/api/v1/chat", json={"session": token, "text": "hi"})
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "session_invalid"


def test_api_is_rate_limited_per_session(client: FlaskClient) -> None:
    token = api(client, None, "")["session"]
    codes = [
        client.post("/api/v1/chat", json={"session": token, "text": "hello"}).status_code
        for _ in range(45)
    ]
    assert codes[0] == 200 and codes[-1] == 429
    limited = client.post("/api/v1/chat", json={"session": token, "text": "hello"})
    assert limited.get_json()["error"]["code"] == "rate_limited"
    # Another resident is not slowed down by this one.
    assert api(client, None, "")["state"] == "in_progress"


def test_no_cookie_and_no_address_is_kept(app: Flask, client: FlaskClient) -> None:
    response = client.get("/chat")
    assert "Set-Cookie" not in response.headers
    response = client.post(
        "/api/v1/chat",
        json={"session": None, "text": "hola"},
        environ_base={"REMOTE_ADDR": "198.51.100.77"},
        headers={"User-Agent": "Mozilla/5.0 (Linux; Android 9; SM-J260)"},
    )
    assert "Set-Cookie" not in response.headers
    from conftest import database_text

    stored = database_text(app)
    assert "198.51.100.77" not in stored and "SM-J260" not in stored and "hola" not in stored


def page_token(html: str) -> str:
    found = TOKEN.search(html)
    assert found, html
    return found.group(1)


def test_page_without_javascript_reaches_a_receipt(app: Flask, client: FlaskClient) -> None:
    page = client.get("/chat?lang=es")
    html = page.get_data(as_text=True)
    assert '<html lang="es" dir="ltr">' in html
    assert page.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert page.headers["Cache-Control"] == "no-store"
    token = page_token(html)
    html = client.post(
        "/chat", data={"session": token, "text": "Vi agentes en la parada"}
    ).get_data(as_text=True)
    assert "¿Cuándo pasó?" in html
    assert 'class="choice">1. Está pasando ahora</button>' in html
    for _ in range(15):
        response = client.post("/chat", data={"session": page_token(html), "skip": "1"})
        assert response.status_code == 200
        html = response.get_data(as_text=True)
        if 'class="number">' in html and RECEIPT.search(html.split('class="number">')[1]):
            break
    receipt = RECEIPT.search(html.split('class="number">')[1])
    assert receipt
    assert "Su reporte está guardado" in html


def test_page_choice_buttons_answer_the_question(app: Flask, client: FlaskClient) -> None:
    token = page_token(client.get("/chat").get_data(as_text=True))
    html = client.post("/chat", data={"session": token, "text": "agents at the bus stop"}).get_data(
        as_text=True
    )
    html = client.post(
        "/chat", data={"session": page_token(html), "choice": "1", "text": ""}
    ).get_data(as_text=True)
    assert "Stay safe: Do not open the door." in html
    assert '<li class="msg resident">1</li>' in html


def test_page_refuses_cross_site_posts(app: Flask, client: FlaskClient) -> None:
    token = page_token(client.get("/chat").get_data(as_text=True))
    forged = client.post(
        "/chat",
        data={"session": token, "text": "hi"},
        headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    )
    assert forged.status_code == 403
    with app.app_context():
        assert db.session.query(Conversation).count() == 0


def test_page_keeps_an_overlong_message_for_editing(client: FlaskClient) -> None:
    token = page_token(client.get("/chat").get_data(as_text=True))
    long_text = "a" * 5001
    response = client.post("/chat", data={"session": token, "text": long_text})
    assert response.status_code == 413
    html = response.get_data(as_text=True)
    assert "too long" in html and long_text in html


def test_page_expired_session_starts_again_with_a_notice(client: FlaskClient) -> None:
    response = client.post("/chat", data={"session": "forged", "text": "hello"})
    assert response.status_code == 400
    assert "This chat had expired" in response.get_data(as_text=True)


def test_advocate_mode_files_one_receipt_per_report(app: Flask, client: FlaskClient) -> None:
    html = client.get("/chat?advocate=1").get_data(as_text=True)
    assert "Advocate mode" in html
    receipts = []
    for story in (
        "ICE detained a man at the car wash yesterday",
        "Police held the street while agents arrested two people yesterday",
    ):
        html = client.post("/chat", data={"session": page_token(html), "text": story}).get_data(
            as_text=True
        )
        for _ in range(15):
            html = client.post("/chat", data={"session": page_token(html), "skip": "1"}).get_data(
                as_text=True
            )
            found = RECEIPT.search(html.split('class="number">')[1])
            if found:
                receipts.append(found.group(0))
                break
        again = client.post("/chat", data={"session": page_token(html), "new": "1"})
        assert again.status_code == 303 and "advocate=1" in again.headers["Location"]
        html = client.get(again.headers["Location"]).get_data(as_text=True)
    assert len(set(receipts)) == 2
    with app.app_context():
        tickets = db.session.query(Ticket).all()
        assert len(tickets) == 2 and all(t.advocate for t in tickets)


def _receipt_for(client: FlaskClient) -> str:
    body = api(client, None, "")
    body = api(client, body["session"], "agents questioned people at the bus stop yesterday")
    while body["state"] != "submitted":
        body = api(client, body["session"], "SKIP")
    return str(body["receipt"])


def test_receipt_page_shows_status_and_staff_replies_and_takes_more(
    app: Flask, client: FlaskClient
) -> None:
    receipt = _receipt_for(client)
    with app.app_context():
        ticket = db.session.query(Ticket).one()
        ticket.status = "in_review"
        db.session.add(
            TicketMessage(
                ticket_id=ticket.id,
                direction="staff",
                body_enc=runtime().vault.encrypt("Can you tell us the time?"),
            )
        )
        db.session.commit()
    html = client.post("/receipt?lang=es", data={"receipt": receipt.replace("-", " ")}).get_data(
        as_text=True
    )
    assert 'data-status="in_review"' in html and "en revisión" in html
    assert "Can you tell us the time?" in html
    assert receipt not in html and receipt.replace("-", "") not in html
    access = re.search(r'name="access" value="([^"]+)"', html)
    assert access
    added = client.post("/receipt", data={"access": access.group(1), "text": "About 3pm."})
    assert added.status_code == 200
    assert "About 3pm." in added.get_data(as_text=True)
    with app.app_context():
        message = db.session.query(TicketMessage).filter_by(direction="resident").one()
        assert b"3pm" not in message.body_enc


def test_receipt_page_errors(client: FlaskClient) -> None:
    assert client.post("/receipt", data={"receipt": "12"}).status_code == 400
    missing = client.post("/receipt", data={"receipt": "1111-2222-3333-4444"})
    assert missing.status_code == 404
    assert "No report has that receipt" in missing.get_data(as_text=True)
    assert client.post("/receipt", data={"access": "forged", "text": "x"}).status_code == 400


def test_public_pages_answer_in_the_asked_language(client: FlaskClient) -> None:
    for path in ("/", "/rights", "/receipt", "/chat"):
        english = client.get(path, headers={"Accept-Language": "en-US"})
        spanish = client.get(path + "?lang=es")
        assert english.status_code == spanish.status_code == 200, path
        assert '<html lang="en"' in english.get_data(as_text=True)
        assert '<html lang="es"' in spanish.get_data(as_text=True)
        assert "Quick exit" in english.get_data(as_text=True)
        assert "data-quick-exit" in spanish.get_data(as_text=True)
    by_header = client.get("/", headers={"Accept-Language": "es-MX,es;q=0.9"})
    assert '<html lang="es"' in by_header.get_data(as_text=True)


def test_friendly_error_pages(client: FlaskClient) -> None:
    missing = client.get("/no-such-page?lang=es")
    assert missing.status_code == 404 and "text/html" in missing.content_type
    assert client.get("/api/v1/nothing").get_json()["error"]["code"] == "not_found"


def test_right_to_left_locales_render_rtl(app: Flask) -> None:
    from flask import render_template

    from app.public.pages import use_locale

    with app.test_request_context("/"):
        use_locale("ar")
        html = render_template("public/error.html", heading="x", message="y")
    assert '<html lang="ar" dir="rtl">' in html
    with app.test_request_context("/"):
        use_locale("es")
        assert 'dir="ltr"' in render_template("public/error.html", heading="x", message="y")
