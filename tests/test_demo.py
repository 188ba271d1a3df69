"""The demo data a newcomer sees: every fictional report finished as a ticket."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskCliRunner

from app.demo import REPORTS
from app.extensions import db
from app.models import Conversation, Ticket


def test_demo_loads_one_finished_ticket_per_report(app: Flask, runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    assert f"demo data: {len(REPORTS)} reports" in result.output
    with app.app_context():
        tickets = db.session.query(Ticket).all()
        assert all(not t.incomplete for t in tickets)
        assert {t.priority for t in tickets} >= {"P1", "P2", "P4"}
        assert {t.language for t in tickets} == {"en", "es"}
        # No conversation is left waiting: each script reached its receipt.
        assert db.session.query(Conversation).filter_by(status="active").count() == 0
