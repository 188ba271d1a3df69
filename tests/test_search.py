"""Staff search over residents' words, through a blind index that stores no word in clear."""

from __future__ import annotations

import re

from conftest import Phone, database_text
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from test_staff import signed_in

from app.extensions import db
from app.models import AuditEvent, SearchTerm


def test_queue_search_finds_reports_by_their_words(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    Phone(client, "+13125550181").send(
        "ICE agents are grabbing Ezequiel outside Zapateria Paloma right now"
    )
    Phone(client, "+13125550182").send("la migra está en la lavandería Burbujas ahorita")
    signed_in(client, runner)
    rows = lambda html: re.findall(r'data-ticket="(T\w+)"', html)  # noqa: E731
    assert len(rows(client.get("/staff/").get_data(as_text=True))) == 2
    found = rows(client.get("/staff/?q=zapateria").get_data(as_text=True))
    assert len(found) == 1
    both_words = rows(client.get("/staff/?q=Zapatería+Paloma").get_data(as_text=True))
    assert both_words == found
    assert rows(client.get("/staff/?q=lavanderia").get_data(as_text=True)) != found
    assert rows(client.get("/staff/?q=paloma+burbujas").get_data(as_text=True)) == []
    export = client.get("/staff/export.json?q=zapateria").get_json()
    assert [t["id"] for t in export["tickets"]] == found
    assert export["filters"].get("search") == "words" and "zapateria" not in str(export)
    with app.app_context():
        assert db.session.query(SearchTerm).count() > 5
        detail = str([e.detail for e in db.session.query(AuditEvent)])
        assert "zapateria" not in detail.lower()
    stored = database_text(app).lower()
    for word in ("ezequiel", "zapateria", "paloma", "burbujas", "lavanderia"):
        assert word not in stored
