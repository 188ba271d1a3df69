"""Incidents and pattern links, as staff meet them: reports arriving through the partner API
and the SMS line, then the ticket page and its actions."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from conftest import Phone, database_text
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from test_staff import csrf, signed_in

from app.extensions import db
from app.models import PatternKey, Ticket
from app.triage import Text
from app.triage.identifiers import (
    BADGE,
    NAME,
    PLATE,
    Identifier,
    identifiers,
    normalize_plate,
)


@pytest.fixture
def key(runner: FlaskCliRunner) -> str:
    result = runner.invoke(args=["partner", "create", "Little Village Rapid Response"])
    assert result.exit_code == 0, result.output
    return result.output.strip()


def report(client: FlaskClient, key: str, narrative: str, **fields: object) -> dict[str, object]:
    body = {"narrative": narrative, **fields}
    response = client.post("/api/v1/reports", json=body, headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 201, response.get_json()
    ticket: dict[str, object] = response.get_json()["ticket"]
    return ticket


def ago(minutes: int) -> str:
    return (datetime.now(UTC) - timedelta(minutes=minutes)).isoformat()


def test_reports_close_in_time_and_place_become_one_incident(
    app: Flask, client: FlaskClient, key: str
) -> None:
    first = report(
        client,
        key,
        "ICE agents detained a man outside the laundromat",
        location="26th and Pulaski",
        occurred_at=ago(90),
    )
    assert first["incident_id"] is None  # alone, so far
    second = report(
        client,
        key,
        "la migra se llevó a un señor en la lavandería",
        location="La Villita",
        occurred_at=ago(40),
    )
    assert second["incident_id"] is not None
    with app.app_context():
        one = db.session.get(Ticket, first["id"])
        assert one is not None and one.incident_id == second["incident_id"]
        assert one.community_area == 30  # South Lawndale, never the intersection
        stored = database_text(app)
    assert "Pulaski" not in stored and "Villita" not in stored


def test_reports_far_apart_in_time_place_or_agency_stay_apart(
    app: Flask, client: FlaskClient, key: str
) -> None:
    base = report(client, key, "ICE agents arrested a man", location="Pilsen", occurred_at=ago(30))
    later = report(
        client, key, "ICE agents arrested a woman", location="Pilsen", occurred_at=ago(60 * 8)
    )
    elsewhere = report(
        client, key, "ICE agents arrested a man", location="Rogers Park", occurred_at=ago(20)
    )
    police = report(
        client,
        key,
        "a Chicago police officer pushed my brother during a traffic stop",
        location="Pilsen",
        occurred_at=ago(25),
    )
    for ticket in (base, later, elsewhere, police):
        assert ticket["incident_id"] is None, ticket


def test_no_place_no_incident(app: Flask, client: FlaskClient, key: str) -> None:
    report(client, key, "ICE agents arrested a man", occurred_at=ago(10))
    again = report(client, key, "ICE agents arrested a man", occurred_at=ago(5))
    assert again["incident_id"] is None


def test_the_window_is_a_setting(make_app, key: str) -> None:  # type: ignore[no-untyped-def]
    app = make_app(incident_window_minutes=600)
    client = app.test_client()
    runner = app.test_cli_runner()
    partner = runner.invoke(args=["partner", "create", "Wide Window"]).output.strip()
    report(client, partner, "ICE arrested a man", location="Pilsen", occurred_at=ago(30))
    late = report(client, partner, "ICE arrested a man", location="Pilsen", occurred_at=ago(400))
    assert late["incident_id"] is not None


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("identifiers", "IL 4827193", {Identifier(PLATE, "4827193")}),
        ("identifiers", "4827193", {Identifier(PLATE, "4827193")}),
        ("narrative", "the van had plates il-4827193", {Identifier(PLATE, "4827193")}),
        ("narrative", "placas de Illinois ABC 1234", {Identifier(PLATE, "ABC1234")}),
        ("identifiers", "badge #0482", {Identifier(BADGE, "482")}),
        (
            "narrative",
            "el agente López, placa número 482",
            {
                Identifier(NAME, "lopez"),
                Identifier(BADGE, "482"),
            },
        ),
        ("narrative", "Officer LOPEZ grabbed him", {Identifier(NAME, "lopez")}),
        ("identifiers", "no plates, no badge", set()),
        ("narrative", "they took him at 3pm, 2 agents", set()),
    ],
)
def test_identifiers_are_normalized(field: str, text: str, expected: set[Identifier]) -> None:
    locale = "es" if "agente" in text or "placas" in text else "en"
    assert identifiers([Text(field, text, locale)]) == expected


def test_a_state_before_a_plate_does_not_change_it() -> None:
    assert normalize_plate("IL 4827193") == normalize_plate("4827193") == "4827193"
    assert normalize_plate("Illinois ab-1234") == "AB1234"


def test_same_badge_plate_or_name_links_reports_as_a_pattern(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner, key: str
) -> None:
    one = report(
        client,
        key,
        "ICE agents grabbed my neighbor, the van had plates IL 4827193",
        location="Albany Park",
        occurred_at=ago(60 * 24 * 3),
    )
    two = report(
        client,
        key,
        "agents in an unmarked van, plate 4827193, followed me to work",
        location="Belmont Cragin",
        occurred_at=ago(60 * 24),
    )
    assert one["incident_id"] is None and two["incident_id"] is None  # days and miles apart
    with app.app_context():
        keys = db.session.scalars(db.select(PatternKey.key)).all()
        stored = database_text(app)
    assert len(set(keys)) == 1 and "4827193" not in stored
    signed_in(client, runner)
    page = client.get(f"/staff/tickets/{two['id']}").get_data(as_text=True)
    patterns = re.search(r'<ul id="patterns">(.*?)</ul>', page, re.S)
    assert patterns and str(one["id"]) in patterns.group(1) and "same plate" in patterns.group(1)


def act(client: FlaskClient, ticket_id: object, **form: str) -> str:
    page = client.get(f"/staff/tickets/{ticket_id}").get_data(as_text=True)
    response = client.post(f"/staff/tickets/{ticket_id}", data={"csrf_token": csrf(page), **form})
    assert response.status_code in (302, 303), response.get_data(as_text=True)
    return client.get(f"/staff/tickets/{ticket_id}").get_data(as_text=True)


def test_staff_confirm_and_split_and_their_decision_stands(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner, key: str
) -> None:
    first = report(client, key, "ICE arrested two men", location="Pilsen", occurred_at=ago(50))
    second = report(client, key, "ICE took a man", location="Pilsen", occurred_at=ago(30))
    signed_in(client, runner)
    page = client.get(f"/staff/tickets/{second['id']}").get_data(as_text=True)
    assert "Linked automatically" in page and str(first["id"]) in page
    assert "Lower West Side" in page  # Pilsen's community area, in words

    page = act(client, second["id"], action="split")
    assert "Not linked to other reports." in page
    # A third report nearby joins nothing staff have taken apart, and the split one stays out.
    third = report(client, key, "ICE is detaining people", location="Pilsen", occurred_at=ago(20))
    with app.app_context():
        split = db.session.get(Ticket, second["id"])
        assert split is not None and split.incident_id is None
        joined = db.session.get(Ticket, third["id"])
        assert joined is not None and joined.incident_id is not None
        incident = joined.incident_id
    page = act(client, str(third["id"]), action="confirm")
    assert "Linked by staff." in page
    with app.app_context():
        confirmed = db.session.get(Ticket, third["id"])
        assert confirmed is not None and confirmed.incident_source == "staff"
        assert confirmed.incident_id == incident


def test_the_place_a_resident_texts_becomes_a_community_area(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    phone = Phone(client, "+13125550177")
    phone.send("se llevaron a mi vecino ayer en la mañana")
    phone.send("ayer")
    phone.send("en la 26 y Pulaski")
    for _ in range(12):
        phone.send("SALTAR")
    with app.app_context():
        ticket = db.session.query(Ticket).one()
        assert ticket.community_area is not None
        ticket_id = ticket.id
    signed_in(client, runner)
    page = client.get(f"/staff/tickets/{ticket_id}").get_data(as_text=True)
    area = re.search(r'<dd id="area">(.*?)</dd>', page)
    assert area and area.group(1) == "South Lawndale"
    with app.app_context():
        assert "Pulaski" not in database_text(app)
