"""Incidents on the ticket page, the on-call roster page, and revoking API tokens."""

from __future__ import annotations

from conftest import Phone
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from test_staff import csrf, signed_in
from test_staff_tickets import act

from app.extensions import db
from app.models import ApiToken, AuditEvent, OnCallResponder, Ticket


def two_tickets(app: Flask, client: FlaskClient) -> tuple[str, str]:
    Phone(client, "+13125550171").send("ICE agents are at my door right now on 26th")
    Phone(client, "+13125550172").send("agents are arresting my neighbor on 26th right now")
    with app.app_context():
        first, second = db.session.query(Ticket).order_by(Ticket.created_at).all()
        return first.id, second.id


def test_merge_two_reports_into_one_incident_and_split_again(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    first, second = two_tickets(app, client)
    signed_in(client, runner)
    assert act(client, first, action="merge", target=second.lower()).status_code == 302
    with app.app_context():
        one, two = db.session.get(Ticket, first), db.session.get(Ticket, second)
        assert one.incident_id and one.incident_id == two.incident_id
        incident = one.incident_id
    html = client.get(f"/staff/tickets/{first}").get_data(as_text=True)
    assert incident in html and f"/staff/tickets/{second}" in html
    api = client.get("/staff/export.json").get_json()
    assert {t["incident_id"] for t in api["tickets"]} == {incident}
    assert act(client, second, action="split").status_code == 302
    with app.app_context():
        assert db.session.get(Ticket, second).incident_id is None
        actions = [e.action for e in db.session.query(AuditEvent)]
        assert "ticket.merge" in actions and "ticket.split" in actions
    refused = act(client, first, action="merge", target=first)
    page = client.get(refused.headers["Location"]).get_data(as_text=True)
    assert "Give the id of another ticket." in page


def test_roster_page_for_admins_never_shows_numbers(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    signed_in(client, runner, "root@oversight.example", "admin")
    page = client.get("/staff/oncall/").get_data(as_text=True)
    added = client.post(
        "/staff/oncall/",
        data={
            "csrf_token": csrf(page),
            "action": "add",
            "label": "Ana (rapid response)",
            "number": "+1 (312) 555-0161",
            "hours": "mon-fri 09:00-17:00",
        },
    )
    assert added.status_code == 302
    bad = client.post(
        "/staff/oncall/",
        data={
            "csrf_token": csrf(page),
            "action": "add",
            "label": "X",
            "number": "+13125550162",
            "hours": "weekdays",
        },
    )
    shown = client.get(bad.headers["Location"]).get_data(as_text=True)
    assert "Those hours are not valid" in shown
    html = client.get("/staff/oncall/").get_data(as_text=True)
    assert "Ana (rapid response)" in html and "mon-fri 09:00-17:00" in html
    assert "5550161" not in html
    with app.app_context():
        responder = db.session.query(OnCallResponder).one()
        assert b"5550161" not in responder.number_enc
        responder_id = responder.id
    client.post(
        "/staff/oncall/",
        data={
            "csrf_token": csrf(html),
            "action": "toggle",
            "id": str(responder_id),
            "hours": "always",
        },
    )
    with app.app_context():
        assert db.session.get(OnCallResponder, responder_id).active is False
    client.post(
        "/staff/oncall/",
        data={"csrf_token": csrf(html), "action": "remove", "id": str(responder_id)},
    )
    with app.app_context():
        assert db.session.query(OnCallResponder).count() == 0


def test_roster_page_is_for_admins_only(client: FlaskClient, runner: FlaskCliRunner) -> None:
    signed_in(client, runner)
    assert client.get("/staff/oncall/").status_code == 403


def test_revoked_tokens_stop_working(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    runner.invoke(args=["staff", "create", "ana@oversight.example", "--role", "analyst"])
    token = runner.invoke(args=["staff", "token", "ana@oversight.example"]).output.strip()
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/tickets", headers=headers).status_code == 200
    result = runner.invoke(args=["staff", "revoke", "ana@oversight.example"])
    assert result.exit_code == 0 and "revoked 1 token(s)" in result.output
    assert client.get("/api/v1/tickets", headers=headers).status_code == 401
    with app.app_context():
        assert db.session.query(ApiToken).one().revoked_at is not None
