"""Staff sign-in and the queue, as a staff member meets them through the browser's requests."""

from __future__ import annotations

import re
from datetime import timedelta

import pyotp
import pytest
from conftest import Phone
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from app.extensions import db
from app.models import AuditEvent, StaffMember, Ticket
from app.models.base import utcnow

CSRF = re.compile(
    r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"'
)


def create(runner: FlaskCliRunner, email: str, role: str = "analyst") -> tuple[str, str]:
    result = runner.invoke(args=["staff", "create", email, "--role", role])
    assert result.exit_code == 0, result.output
    password = re.search(r"password: (\S+)", result.output)
    secret = re.search(r"totp_secret: (\S+)", result.output)
    assert password and secret
    return password.group(1), secret.group(1)


def csrf(html: str) -> str:
    found = CSRF.search(html)
    assert found, html
    return found.group(1) or found.group(2)


def login(client: FlaskClient, email: str, password: str, code: str):  # type: ignore[no-untyped-def]
    page = client.get("/staff/login")
    return client.post(
        "/staff/login",
        data={
            "csrf_token": csrf(page.get_data(as_text=True)),
            "email": email,
            "password": password,
            "code": code,
        },
    )


def signed_in(
    client: FlaskClient,
    runner: FlaskCliRunner,
    email: str = "ana@oversight.example",
    role: str = "analyst",
) -> None:
    password, secret = create(runner, email, role)
    assert login(client, email, password, pyotp.TOTP(secret).now()).status_code == 302
    page = client.get("/staff/password")
    response = client.post(
        "/staff/password",
        data={
            "csrf_token": csrf(page.get_data(as_text=True)),
            "current": password,
            "new": "a long new passphrase",
            "again": "a long new passphrase",
        },
    )
    assert response.status_code == 302


def test_every_staff_page_needs_sign_in(client: FlaskClient) -> None:
    for path in ("/staff/", "/staff/password"):
        response = client.get(path)
        assert response.status_code == 302 and "/staff/login" in response.headers["Location"]
    assert client.post("/staff/logout").status_code in (302, 400)


def test_sign_in_needs_password_and_totp_and_then_a_new_password(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    password, secret = create(runner, "ana@oversight.example")
    wrong_code = login(client, "ana@oversight.example", password, "000000")
    assert wrong_code.status_code == 401
    assert "Sign-in failed" in wrong_code.get_data(as_text=True)
    wrong_password = login(client, "ana@oversight.example", "nope", pyotp.TOTP(secret).now())
    assert wrong_password.status_code == 401
    good = login(client, "ana@oversight.example", password, pyotp.TOTP(secret).now())
    assert good.status_code == 302
    cookie = good.headers["Set-Cookie"]
    assert "testigo_staff=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Path=/staff" in cookie
    # The one-time password must be replaced before anything else.
    assert client.get("/staff/").headers["Location"].endswith("/staff/password")
    page = client.get("/staff/password").get_data(as_text=True)
    short = client.post(
        "/staff/password",
        data={"csrf_token": csrf(page), "current": password, "new": "short", "again": "short"},
    )
    assert short.status_code == 400
    changed = client.post(
        "/staff/password",
        data={
            "csrf_token": csrf(page),
            "current": password,
            "new": "correct horse battery",
            "again": "correct horse battery",
        },
    )
    assert changed.status_code == 302
    assert client.get("/staff/").status_code == 200
    with app.app_context():
        actions = [e.action for e in db.session.query(AuditEvent).order_by(AuditEvent.id)]
        assert actions.count("staff.sign_in_failed") == 2
        assert "staff.sign_in" in actions and "staff.password_changed" in actions


def test_forms_without_csrf_token_are_refused(client: FlaskClient, runner: FlaskCliRunner) -> None:
    password, secret = create(runner, "ana@oversight.example")
    response = client.post(
        "/staff/login",
        data={
            "email": "ana@oversight.example",
            "password": password,
            "code": pyotp.TOTP(secret).now(),
        },
    )
    assert response.status_code == 401
    assert client.get("/staff/").status_code == 302


def test_five_failures_lock_the_account_for_fifteen_minutes(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    password, secret = create(runner, "ana@oversight.example")
    for _ in range(5):
        assert login(client, "ana@oversight.example", "wrong", "123456").status_code == 401
    locked = login(client, "ana@oversight.example", password, pyotp.TOTP(secret).now())
    assert locked.status_code == 401
    assert "Try again in 15 minutes" in locked.get_data(as_text=True)
    with app.app_context():
        staff = db.session.query(StaffMember).one()
        staff.locked_until = utcnow() - timedelta(seconds=1)
        db.session.commit()
    assert (
        login(client, "ana@oversight.example", password, pyotp.TOTP(secret).now()).status_code
        == 302
    )


def test_unknown_email_gets_the_same_answer(client: FlaskClient) -> None:
    response = login(client, "nobody@oversight.example", "whatever", "123456")
    assert response.status_code == 401
    assert "Sign-in failed. Check your email, password and code." in response.get_data(as_text=True)


def test_idle_for_thirty_minutes_signs_out(
    client: FlaskClient, runner: FlaskCliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed_in(client, runner)
    assert client.get("/staff/").status_code == 200
    later = utcnow() + timedelta(minutes=31)
    monkeypatch.setattr("app.staff.views._now", lambda: later)
    response = client.get("/staff/")
    assert response.status_code == 302 and "expired=1" in response.headers["Location"]
    notice = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "signed out after 30 minutes" in notice


def test_queue_orders_by_priority_then_age_with_reasons_and_sla(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    Phone(client, "+13125550191").send("I saw agents parked near the school yesterday")
    for message in ["SKIP"] * 14:
        Phone(client, "+13125550191").send(message)
    Phone(client, "+13125550192").send("ICE agents are at my door right now")
    Phone(client, "+13125550193").send("la migra está golpeando a mi vecino ahorita")
    signed_in(client, runner)
    html = client.get("/staff/").get_data(as_text=True)
    order = re.findall(r'<span class="prio">(P\d)</span>', html)
    assert order == sorted(order) and order[0] == "P1"
    assert "P1: happening now" in html
    assert re.search(r'class="sla sla-due">due in \d+ minutes', html)
    only_p1 = client.get("/staff/?priority=P1").get_data(as_text=True)
    assert set(re.findall(r'<span class="prio">(P\d)</span>', only_p1)) == {"P1"}
    assert len(re.findall(r'<tr class="prio-', only_p1)) == 2
    spanish = client.get("/staff/?language=es").get_data(as_text=True)
    assert "· es</td>" in spanish and "· en</td>" not in spanish
    flagged = client.get("/staff/?flag=ongoing").get_data(as_text=True)
    assert len(re.findall(r'<tr class="prio-', flagged)) == 2
    with app.app_context():
        p1 = db.session.query(Ticket).filter_by(priority="P1", language="en").one()
        p1.created_at = utcnow() - timedelta(minutes=20)
        db.session.commit()
    late = client.get("/staff/").get_data(as_text=True)
    assert re.search(r'class="sla sla-overdue">overdue by \d+ minutes', late)


def test_staff_pages_answer_in_the_staff_members_language(
    client: FlaskClient, runner: FlaskCliRunner
) -> None:
    signed_in(client, runner)
    html = client.get("/staff/", headers={"Accept-Language": "es"}).get_data(as_text=True)
    assert '<html lang="es"' in html and "Cola" in html


def test_resident_pages_never_get_the_staff_cookie(
    client: FlaskClient, runner: FlaskCliRunner
) -> None:
    signed_in(client, runner)
    page = client.get("/chat")
    assert "Set-Cookie" not in page.headers


def test_a_totp_code_works_only_once(client: FlaskClient, runner: FlaskCliRunner) -> None:
    password, secret = create(runner, "ana@oversight.example")
    code = pyotp.TOTP(secret).now()
    assert login(client, "ana@oversight.example", password, code).status_code == 302
    client.post(
        "/staff/logout",
        data={"csrf_token": csrf(client.get("/staff/password").get_data(as_text=True))},
    )
    replayed = login(client, "ana@oversight.example", password, code)
    assert replayed.status_code == 401
