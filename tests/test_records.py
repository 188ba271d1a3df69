"""Queue exports and the audit log page, as staff meet them through the browser's requests."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

import pytest
from babel.dates import format_datetime
from conftest import Phone
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from test_staff import signed_in

from app.extensions import db
from app.models import AuditEvent, Ticket
from app.runtime import runtime
from app.staff import audit
from app.staff.records import COLUMNS, safe_cell

RECEIPT = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{4}\b")
NARRATIVES = (
    "I saw agents parked near the school yesterday",
    "ICE agents are at my door right now",
    "la migra está golpeando a mi vecino ahorita",
)
NUMBERS = ("+13125550191", "+13125550192", "+13125550193")


def reports(client: FlaskClient) -> list[str]:
    """Three reports by SMS (one P1 in English, one P1 in Spanish, one slower); their receipts."""
    replies = Phone(client, NUMBERS[0]).send(NARRATIVES[0])
    for message in ["SKIP"] * 14:
        replies += Phone(client, NUMBERS[0]).send(message)
    replies += Phone(client, NUMBERS[1]).send(NARRATIVES[1])
    replies += Phone(client, NUMBERS[2]).send(NARRATIVES[2])
    return RECEIPT.findall(" ".join(replies))


def assert_nothing_personal(body: str, receipts: list[str]) -> None:
    for words in NARRATIVES:
        assert words not in body
    for number in NUMBERS:
        assert number not in body and number[1:] not in body
    for receipt in receipts:
        assert receipt not in body and receipt.replace("-", "") not in body


def export_events(app: Flask) -> list[AuditEvent]:
    with app.app_context():
        return list(
            db.session.scalars(
                db.select(AuditEvent).filter_by(action="queue.export").order_by(AuditEvent.id)
            )
        )


def open_p1_ids(app: Flask) -> list[str]:
    with app.app_context():
        return list(
            db.session.scalars(
                db.select(Ticket.id)
                .where(Ticket.priority == "P1", Ticket.status != "closed")
                .order_by(Ticket.created_at)
            )
        )


def test_csv_export_follows_the_queue_filters_without_the_residents_words(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    receipts = reports(client)
    assert receipts, "the line should have given at least one receipt"
    signed_in(client, runner)
    response = client.get("/staff/export.csv?priority=P1&bogus=1")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(
        r'attachment; filename="testigo-queue-\d{4}-\d{2}-\d{2}\.csv"',
        response.headers["Content-Disposition"],
    )
    raw = response.get_data()
    assert raw.startswith(b"\xef\xbb\xbf")
    body = raw.decode("utf-8-sig")
    assert_nothing_personal(body, receipts)
    rows = list(csv.reader(io.StringIO(body)))
    assert tuple(rows[0]) == COLUMNS
    tickets = [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]
    assert [t["id"] for t in tickets] == open_p1_ids(app) and len(tickets) == 2
    assert {t["priority"] for t in tickets} == {"P1"}
    assert all("P1: happening now" in t["reasons"] for t in tickets)
    with app.app_context():
        for row in tickets:
            ticket = db.session.get(Ticket, row["id"])
            assert ticket is not None
            assert row["flags"] == "; ".join(ticket.flags) and row["channel"] == "sms"
            assert row["incomplete"] == ("true" if ticket.incomplete else "false")
    assert any("; " in t["flags"] for t in tickets)
    spanish = list(csv.reader(io.StringIO(client.get("/staff/export.csv?language=es").text)))
    assert len(spanish) == 2 and spanish[1][COLUMNS.index("language")] == "es"
    everything = client.get("/staff/export.csv?status=all").text
    assert_nothing_personal(everything, receipts)
    assert len(list(csv.reader(io.StringIO(everything)))) == 4
    events = export_events(app)
    assert [e.detail for e in events] == [
        {"format": "csv", "count": 2, "filters": {"status": "open", "priority": "P1"}},
        {"format": "csv", "count": 1, "filters": {"status": "open", "language": "es"}},
        {"format": "csv", "count": 3, "filters": {"status": "all"}},
    ]
    assert {e.actor for e in events} == {"ana@oversight.example"}


def test_json_export_follows_the_queue_filters_without_the_residents_words(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    receipts = reports(client)
    signed_in(client, runner, "admin@oversight.example", "admin")
    response = client.get("/staff/export.json?priority=P1&since=2020-01-01")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert re.fullmatch(
        r'attachment; filename="testigo-queue-\d{4}-\d{2}-\d{2}\.json"',
        response.headers["Content-Disposition"],
    )
    assert_nothing_personal(response.text, receipts)
    body = response.get_json()
    assert set(body) == {"exported_at", "filters", "tickets"}
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", body["exported_at"])
    assert body["filters"] == {"status": "open", "priority": "P1", "since": "2020-01-01"}
    assert [t["id"] for t in body["tickets"]] == open_p1_ids(app)
    for ticket in body["tickets"]:
        assert tuple(ticket) == COLUMNS
        assert ticket["priority"] == "P1" and isinstance(ticket["flags"], list)
    future = client.get("/staff/export.json?since=2999-01-01").get_json()
    assert future["tickets"] == []
    events = export_events(app)
    assert [e.detail for e in events] == [
        {
            "format": "json",
            "count": 2,
            "filters": {"status": "open", "priority": "P1", "since": "2020-01-01"},
        },
        {"format": "json", "count": 0, "filters": {"status": "open", "since": "2999-01-01"}},
    ]
    assert {e.actor for e in events} == {"admin@oversight.example"}


def test_csv_cells_never_start_a_formula(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    assert safe_cell('=HYPERLINK("http://evil.example","x")') == (
        '\'=HYPERLINK("http://evil.example","x")'
    )
    for cell in ("+1312", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(cell) == "'" + cell
    assert safe_cell(["=cmd", "ok"]) == "'=cmd; ok"
    assert safe_cell(["P1: happening now", "=x"]) == "P1: happening now; =x"
    assert safe_cell("P1: happening now") == "P1: happening now"
    assert safe_cell(None) == "" and safe_cell(True) == "true" and safe_cell(False) == "false"
    # End to end: a value in the database that a spreadsheet would run.
    Phone(client, NUMBERS[1]).send(NARRATIVES[1])
    with app.app_context():
        ticket = db.session.scalars(db.select(Ticket)).one()
        ticket.incident_id = "=1+2"
        db.session.commit()
    signed_in(client, runner)
    rows = list(csv.reader(io.StringIO(client.get("/staff/export.csv").text)))
    assert rows[1][COLUMNS.index("incident_id")] == "'=1+2"
    assert client.get("/staff/export.json").get_json()["tickets"][0]["incident_id"] == "=1+2"


@pytest.mark.parametrize("path", ["/staff/export.csv", "/staff/export.json", "/staff/audit"])
def test_every_records_page_needs_sign_in(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]


def test_viewers_cannot_export_and_only_admins_read_the_audit_log(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    Phone(client, NUMBERS[1]).send(NARRATIVES[1])
    signed_in(client, runner, "vic@oversight.example", "viewer")
    assert client.get("/staff/").status_code == 200
    assert client.get("/staff/export.csv").status_code == 403
    assert client.get("/staff/export.json").status_code == 403
    assert client.get("/staff/audit").status_code == 403
    assert export_events(app) == []
    analyst = app.test_client()
    signed_in(analyst, runner, "ana@oversight.example", "analyst")
    assert analyst.get("/staff/export.csv").status_code == 200
    assert analyst.get("/staff/audit").status_code == 403
    with app.app_context():
        assert db.session.query(AuditEvent).filter_by(action="audit.view").count() == 0


def test_audit_page_lists_sign_ins_and_exports_and_checks_the_chain(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    signed_in(client, runner, "admin@oversight.example", "admin")
    assert client.get("/staff/export.json?priority=P2").status_code == 200
    html = client.get("/staff/audit").text
    assert 'id="audit"' in html
    assert re.search(r'id="chain"[^>]*data-intact="true"', html)
    with app.app_context():
        count = db.session.query(AuditEvent).count()
        events = list(db.session.scalars(db.select(AuditEvent).order_by(AuditEvent.id)))
    assert f"Chain intact: {count} events" in html
    actions = [e.action for e in events]
    assert actions[0] == "staff.sign_in" and actions[-1] == "audit.view"
    assert {"staff.sign_in", "staff.password_changed", "queue.export"} <= set(actions)
    # Newest first, one row per event, each action named.
    listed = [int(n) for n in re.findall(r'<tr data-event="(\d+)"', html)]
    assert listed == [e.id for e in reversed(events)]
    for action in ("staff.sign_in", "queue.export", "audit.view"):
        assert f"<td>{action}</td>" in html
    export = next(e for e in events if e.action == "queue.export")
    assert (
        "{&#34;count&#34;:0,&#34;filters&#34;:{&#34;priority&#34;:&#34;P2&#34;,"
        "&#34;status&#34;:&#34;open&#34;},&#34;format&#34;:&#34;json&#34;}"
    ) in html, html
    assert export.actor == "admin@oversight.example"

    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"ok: chain intact, {count} events"

    with app.app_context():
        tampered = db.session.scalars(db.select(AuditEvent).filter_by(action="queue.export")).one()
        tampered.detail = {"format": "json", "count": 0, "filters": {}}
        db.session.commit()
        tampered_id = tampered.id
    broken = client.get("/staff/audit").text
    assert re.search(r'id="chain"[^>]*data-intact="false"', broken)
    assert f"Chain broken at event {tampered_id}" in broken
    assert "Chain intact" not in broken
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 1
    assert f"FAIL: chain broken at event {tampered_id}" in result.output


def test_audit_times_are_in_the_lines_zone_and_the_staff_members_language(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    signed_in(client, runner, "admin@oversight.example", "admin")
    html = client.get("/staff/audit", headers={"Accept-Language": "es"}).text
    with app.app_context():
        first = db.session.scalars(db.select(AuditEvent).order_by(AuditEvent.id)).first()
        assert first is not None
        zone = runtime().settings.zone
        at: datetime = first.at
    expected = format_datetime(at.astimezone(zone), "medium", locale="es")
    assert f"<td>{expected}</td>" in html
    assert str(zone) in html


def test_audit_log_is_paged_fifty_at_a_time(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    signed_in(client, runner, "admin@oversight.example", "admin")
    with app.app_context():
        for n in range(60):
            audit.record("ana@oversight.example", "ticket.view", f"T{n:010d}")
        db.session.commit()
    first = client.get("/staff/audit").text
    second = client.get("/staff/audit?page=2").text
    beyond = client.get("/staff/audit?page=99").text
    junk = client.get("/staff/audit?page=-1").text
    with app.app_context():
        ids = list(db.session.scalars(db.select(AuditEvent.id).order_by(AuditEvent.id.desc())))
    assert len(ids) == 2 + 60 + 4  # sign-in, password change, the 60, and the four looks
    listed = [
        [int(n) for n in re.findall(r'<tr data-event="(\d+)"', page)]
        for page in (first, second, beyond)
    ]
    # Each look is recorded before the page is read, so it leads page 1.
    assert listed[0] == ids[3:53]
    # Page 2 holds what is left: 14 rows when there were 64 events, 15 at 65.
    assert listed[1] == ids[52:] and len(listed[1]) == 14
    assert listed[2] == ids[51:] and len(listed[2]) == 15
    assert "Page 2 of 2" in second and 'rel="prev"' in second and 'rel="next"' not in second
    assert "Page 1 of 2" in first and 'rel="next"' in first
    assert "Page 2 of 2" in beyond and "Page 1 of 2" in junk
    with app.app_context():
        views = list(db.session.scalars(db.select(AuditEvent).filter_by(action="audit.view")))
    assert [v.detail["page"] for v in views] == [1, 2, 99, 1]


def test_audit_verify_passes_on_an_intact_chain(app: Flask, runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 0 and result.output.strip() == "ok: chain intact, 0 events"
    with app.app_context():
        for n in range(3):
            audit.record("ana@oversight.example", "ticket.view", f"T{n}")
        db.session.commit()
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 0 and result.output.strip() == "ok: chain intact, 3 events"
