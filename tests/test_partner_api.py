"""POST /api/v1/reports as a partner organization's tool uses it (CONTRACT)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from conftest import database_text
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from app.extensions import db
from app.models import Partner, Ticket

RECEIPT = re.compile(r"^\d{4}-\d{4}-\d{4}-\d{4}$")


@pytest.fixture
def key(runner: FlaskCliRunner) -> str:
    result = runner.invoke(args=["partner", "create", "Pilsen Rapid Response"])
    assert result.exit_code == 0, result.output
    return result.output.strip()


def post(client: FlaskClient, key: str | None, body: object, **kwargs: object):  # type: ignore[no-untyped-def]
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return client.post("/api/v1/reports", json=body, headers=headers, **kwargs)


def test_a_partner_report_becomes_a_triaged_ticket_with_a_receipt(
    app: Flask, client: FlaskClient, key: str
) -> None:
    response = post(
        client,
        key,
        {
            "narrative": "ICE agents detained two men at the car wash on 26th and pushed one down",
            "occurred_at": (datetime.now(UTC) - timedelta(hours=3)).isoformat(),
            "location": "26th and Kedzie, 60623",
            "agency": "ice",
        },
    )
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert RECEIPT.match(body["receipt"])
    ticket = body["ticket"]
    assert ticket["channel"] == "partner" and ticket["language"] == "en"
    assert ticket["priority"] == "P2" and ticket["agency"] == "ice"
    assert {"detention", "use_of_force"} <= set(ticket["flags"])
    assert ticket["incomplete"] is False and ticket["reasons"]
    stored = database_text(app)
    assert "car wash" not in stored and body["receipt"] not in stored
    assert key not in stored


def test_language_is_detected_when_absent_and_kept_when_given(
    app: Flask, client: FlaskClient, key: str
) -> None:
    spanish = post(client, key, {"narrative": "la migra se llevó a mi vecino esta mañana"})
    assert spanish.status_code == 201 and spanish.get_json()["ticket"]["language"] == "es"
    polish = post(client, key, {"narrative": "agenci ICE zatrzymali sąsiada", "language": "pl"})
    assert polish.get_json()["ticket"]["language"] == "pl"


def test_happening_now_from_a_partner_is_p1(app: Flask, client: FlaskClient, key: str) -> None:
    response = post(client, key, {"narrative": "ICE is at the door of the school right now"})
    assert response.get_json()["ticket"]["priority"] == "P1"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "narrative"),
        ({"narrative": ""}, "narrative"),
        ({"narrative": "   "}, "narrative"),
        ({"narrative": 42}, "narrative"),
        ({"narrative": "x" * 10_001}, "narrative"),
        ({"narrative": "ok", "language": "xx"}, "language"),
        ({"narrative": "ok", "occurred_at": "last tuesday"}, "occurred_at"),
        ({"narrative": "ok", "occurred_at": "2999-01-01T00:00:00Z"}, "occurred_at"),
        ({"narrative": "ok", "location": "y" * 501}, "location"),
        ({"narrative": "ok", "agency": "fbi"}, "agency"),
        ({"narrative": "ok", "name": "Jose"}, "name"),
    ],
)
def test_each_validation_error_names_its_field(
    app: Flask,
    client: FlaskClient,
    key: str,
    body: dict,
    field: str,  # type: ignore[type-arg]
) -> None:
    response = post(client, key, body)
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "bad_request" and error["field"] == field and error["message"]
    with app.app_context():
        assert db.session.query(Ticket).count() == 0


def test_not_json_is_a_clear_400(client: FlaskClient, key: str) -> None:
    response = client.post(
        "/api/v1/reports",
        data="{",
        content_type="application/json",
        headers={"Authorization": f"Bearer {key}"},
    )
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_request"


def test_missing_wrong_and_revoked_keys_get_401(app: Flask, client: FlaskClient, key: str) -> None:
    body = {"narrative": "agents at the corner"}
    assert post(client, None, body).status_code == 401
    assert post(client, "tgp_not-a-key", body).status_code == 401
    with app.app_context():
        db.session.query(Partner).one().revoked_at = datetime.now(UTC)
        db.session.commit()
    revoked = post(client, key, body)
    assert revoked.status_code == 401 and revoked.get_json()["error"]["code"] == "unauthorized"
    with app.app_context():
        assert db.session.query(Partner).one().key_hash != key


def test_oversized_body_gets_413(client: FlaskClient, key: str) -> None:
    response = post(client, key, {"narrative": "ok", "location": "z" * 70_000})
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "too_large"


def test_partners_are_rate_limited_each_on_their_own(
    client: FlaskClient, runner: FlaskCliRunner, key: str
) -> None:
    codes = [post(client, key, {"narrative": f"agents seen {n}"}).status_code for n in range(32)]
    assert codes[0] == 201 and codes[-1] == 429
    assert post(client, key, {"narrative": "x"}).get_json()["error"]["code"] == "rate_limited"
    other = runner.invoke(args=["partner", "create", "Little Village Legal"]).output.strip()
    assert post(client, other, {"narrative": "agents seen again"}).status_code == 201
