"""The staff API: bearer tokens stored hashed, roles, filters, cursors, audit, errors."""

from __future__ import annotations

from conftest import Phone
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from app.extensions import db
from app.models import ApiToken, AuditEvent, Ticket
from app.staff import audit


def token_for(runner: FlaskCliRunner, email: str, role: str) -> str:
    created = runner.invoke(args=["staff", "create", email, "--role", role])
    assert created.exit_code == 0, created.output
    lines = created.output.splitlines()
    assert lines[0].startswith("password: ") and len(lines[0]) > 20
    assert lines[1].startswith("totp_secret: ")
    issued = runner.invoke(args=["staff", "token", email])
    assert issued.exit_code == 0, issued.output
    return issued.output.strip()


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def file_reports(client: FlaskClient) -> None:
    Phone(client, "+13125550131").send("ICE agents are at my door right now")
    spanish = Phone(client, "+13125550132")
    for message in ["hola", "vi camionetas de la migra en la esquina"] + ["SALTAR"] * 14:
        spanish.send(message)


def test_tokens_are_stored_hashed(app: Flask, runner: FlaskCliRunner) -> None:
    token = token_for(runner, "ana@oversight.example", "analyst")
    with app.app_context():
        stored = db.session.query(ApiToken).one()
        assert stored.token_hash != token and token not in stored.token_hash


def test_list_needs_a_valid_token(client: FlaskClient) -> None:
    missing = client.get("/api/v1/tickets")
    assert missing.status_code == 401
    assert missing.get_json()["error"]["code"] == "unauthorized"
    wrong = client.get("/api/v1/tickets", headers=auth("tgs_nope"))
    assert wrong.status_code == 401


def test_list_filters_and_orders_newest_first(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    token = token_for(runner, "ana@oversight.example", "analyst")
    file_reports(client)
    body = client.get("/api/v1/tickets", headers=auth(token)).get_json()
    assert [t["language"] for t in body["tickets"]] == ["es", "en"]
    assert body["next"] is None
    urgent = client.get("/api/v1/tickets?priority=P1", headers=auth(token)).get_json()
    [ticket] = urgent["tickets"]
    assert ticket["priority"] == "P1" and ticket["channel"] == "sms"
    assert ticket["reasons"] and all(isinstance(r, str) for r in ticket["reasons"])
    assert set(ticket) == {
        "id",
        "created_at",
        "updated_at",
        "channel",
        "language",
        "status",
        "priority",
        "category",
        "flags",
        "agency",
        "reasons",
        "incident_id",
        "incomplete",
    }


def test_list_pages_with_a_cursor(client: FlaskClient, runner: FlaskCliRunner) -> None:
    token = token_for(runner, "ana@oversight.example", "analyst")
    file_reports(client)
    first = client.get("/api/v1/tickets?limit=1", headers=auth(token)).get_json()
    assert len(first["tickets"]) == 1 and first["next"]
    second = client.get(
        f"/api/v1/tickets?limit=1&cursor={first['next']}", headers=auth(token)
    ).get_json()
    assert len(second["tickets"]) == 1 and second["next"] is None
    assert second["tickets"][0]["id"] != first["tickets"][0]["id"]


def test_bad_query_values_name_the_field(client: FlaskClient, runner: FlaskCliRunner) -> None:
    token = token_for(runner, "ana@oversight.example", "analyst")
    for query, field in (
        ("priority=P9", "priority"),
        ("limit=500", "limit"),
        ("since=yesterday", "since"),
        ("cursor=forged", "cursor"),
        ("status=open", "status"),
    ):
        response = client.get(f"/api/v1/tickets?{query}", headers=auth(token))
        assert response.status_code == 400, query
        assert response.get_json()["error"] == {
            "code": "bad_request",
            "message": response.get_json()["error"]["message"],
            "field": field,
        }


def test_get_returns_narrative_for_analysts_only_and_is_audited(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    analyst = token_for(runner, "ana@oversight.example", "analyst")
    viewer = token_for(runner, "vic@oversight.example", "viewer")
    file_reports(client)
    with app.app_context():
        ticket_id = db.session.query(Ticket).filter_by(priority="P1").one().id
    full = client.get(f"/api/v1/tickets/{ticket_id}", headers=auth(analyst)).get_json()
    assert full["narrative"] == "ICE agents are at my door right now"
    assert any(a["field"] == "narrative" for a in full["answers"])
    limited = client.get(f"/api/v1/tickets/{ticket_id}", headers=auth(viewer)).get_json()
    assert limited["narrative"] is None
    assert all(a["text"] is None for a in limited["answers"])
    with app.app_context():
        views = db.session.query(AuditEvent).filter_by(action="ticket.view").all()
        assert [v.actor for v in views] == ["ana@oversight.example", "vic@oversight.example"]
        assert audit.verify() == (True, db.session.query(AuditEvent).count(), None)
    assert client.get("/api/v1/tickets/TNOPE", headers=auth(analyst)).status_code == 404


def test_patch_changes_status_assignee_and_priority_with_reason(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    token = token_for(runner, "ana@oversight.example", "analyst")
    file_reports(client)
    with app.app_context():
        ticket_id = db.session.query(Ticket).filter_by(language="es").one().id
    url = f"/api/v1/tickets/{ticket_id}"
    changed = client.patch(
        url, headers=auth(token), json={"status": "in_review", "assignee": "ana@oversight.example"}
    )
    assert changed.status_code == 200
    assert changed.get_json()["status"] == "in_review"
    no_reason = client.patch(url, headers=auth(token), json={"priority": "P1"})
    assert no_reason.status_code == 400
    assert no_reason.get_json()["error"]["field"] == "reason"
    raised = client.patch(
        url, headers=auth(token), json={"priority": "P1", "reason": "caller confirmed raid ongoing"}
    )
    body = raised.get_json()
    assert body["priority"] == "P1"
    assert body["reasons"][0] == "P1: set by staff (caller confirmed raid ongoing)"
    for bad, field in (
        ({"status": "done"}, "status"),
        ({"assignee": "x@y.z"}, "assignee"),
        ({"colour": "red"}, "colour"),
    ):
        response = client.patch(url, headers=auth(token), json=bad)
        assert response.status_code == 400 and response.get_json()["error"]["field"] == field
    not_json = client.patch(
        url, headers={**auth(token), "Content-Type": "application/json"}, data="{nope"
    )
    assert not_json.status_code == 400
    with app.app_context():
        updates = db.session.query(AuditEvent).filter_by(action="ticket.update").count()
        assert updates == 2


def test_viewer_cannot_patch(app: Flask, client: FlaskClient, runner: FlaskCliRunner) -> None:
    viewer = token_for(runner, "vic@oversight.example", "viewer")
    file_reports(client)
    with app.app_context():
        ticket_id = db.session.query(Ticket).first().id
    response = client.patch(
        f"/api/v1/tickets/{ticket_id}", headers=auth(viewer), json={"status": "closed"}
    )
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden"
    with app.app_context():
        assert db.session.get(Ticket, ticket_id).status == "new"


def test_unknown_api_route_and_method_answer_in_the_error_shape(client: FlaskClient) -> None:
    missing = client.get("/api/v1/nothing-here")
    assert missing.status_code == 404
    assert missing.get_json()["error"]["code"] == "not_found"
    wrong = client.delete("/api/v1/tickets")
    assert wrong.status_code == 405


def test_staff_create_refuses_bad_input(runner: FlaskCliRunner) -> None:
    assert runner.invoke(args=["staff", "create", "not-an-email", "--role", "admin"]).exit_code != 0
    assert runner.invoke(args=["staff", "create", "a@b.org", "--role", "boss"]).exit_code != 0
    assert runner.invoke(args=["staff", "token", "nobody@b.org"]).exit_code != 0


def test_audit_chain_detects_tampering(app: Flask) -> None:
    with app.app_context():
        for n in range(3):
            audit.record("ana@oversight.example", "ticket.view", f"T{n}")
        db.session.commit()
        assert audit.verify()[0] is True
        event = db.session.query(AuditEvent).order_by(AuditEvent.id).all()[1]
        event.actor = "someone.else@oversight.example"
        db.session.commit()
        ok, _, broken_id = audit.verify()
        assert ok is False and broken_id == event.id
