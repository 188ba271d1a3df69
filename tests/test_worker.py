"""The outbox and the worker: alerts reach on-call through the one Twilio client."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import ACCOUNT_SID, AUTH_TOKEN, Phone
from flask import Flask
from flask.testing import FlaskCliRunner
from twilio_standin import TwilioStandIn

from app.extensions import db
from app.jobs.worker import run_pending
from app.models import OnCallResponder, OutboxJob, Ticket
from app.runtime import runtime


@pytest.fixture
def alert_app(make_app: Callable[..., Flask], standin: TwilioStandIn) -> Flask:
    return make_app(twilio_api_base_url=standin.url, twilio_from_number="+13125550100")


def _add_responders(runner: FlaskCliRunner) -> None:
    for label, number in (
        ("Ana (rapid response)", "+13125550161"),
        ("Luis (legal)", "+13125550162"),
    ):
        result = runner.invoke(args=["oncall", "add", label, number])
        assert result.exit_code == 0, result.output


def test_p1_alert_reaches_every_on_call_responder_without_report_text(
    alert_app: Flask, standin: TwilioStandIn
) -> None:
    runner = alert_app.test_cli_runner()
    _add_responders(runner)
    phone = Phone(alert_app.test_client(), "+13125550140")
    phone.send("ICE is taking people out of the laundromat right now")
    with alert_app.app_context():
        ticket = db.session.query(Ticket).one()
        assert ticket.priority == "P1"
        ticket_id = ticket.id
        assert run_pending(runtime()) == 3  # the fan-out, then one SMS per responder
    sent = [r for r in standin.requests if r.path.endswith("/Messages.json")]
    assert sorted(r.form["To"][0] for r in sent) == ["+13125550161", "+13125550162"]
    for request in sent:
        assert request.path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
        assert request.auth == (ACCOUNT_SID, AUTH_TOKEN)
        assert request.form["From"] == ["+13125550100"]
        body = request.form["Body"][0]
        assert ticket_id in body
        assert "laundromat" not in body and "ICE" not in body
    with alert_app.app_context():
        assert db.session.query(OutboxJob).filter(OutboxJob.done_at.is_(None)).count() == 0


def test_a_failed_send_is_retried_later_not_lost(alert_app: Flask, standin: TwilioStandIn) -> None:
    runner = alert_app.test_cli_runner()
    result = runner.invoke(args=["oncall", "add", "Ana", "+13125550161"])
    assert result.exit_code == 0
    Phone(alert_app.test_client(), "+13125550141").send("ICE agents at my door right now")
    standin.fail_next = 1
    with alert_app.app_context():
        run_pending(runtime())
        job = db.session.query(OutboxJob).filter_by(kind="sms_oncall").one()
        assert job.done_at is None and job.attempts == 1
        assert job.last_error and "+1312" not in job.last_error
        job.run_after = job.created_at  # pretend the back-off has passed
        db.session.commit()
        assert run_pending(runtime()) == 1
        assert db.session.get(OutboxJob, job.id).done_at is not None
    assert len([r for r in standin.requests if r.path.endswith("/Messages.json")]) == 2


def test_no_on_call_means_the_alert_is_logged_and_done(alert_app: Flask) -> None:
    Phone(alert_app.test_client(), "+13125550143").send("la migra está aquí ahorita")
    with alert_app.app_context():
        assert run_pending(runtime()) == 1
        assert db.session.query(OutboxJob).filter(OutboxJob.done_at.is_(None)).count() == 0


def test_oncall_numbers_are_encrypted_and_never_listed(runner: FlaskCliRunner, app: Flask) -> None:
    _add_responders(runner)
    listed = runner.invoke(args=["oncall", "list"])
    assert "Ana (rapid response)" in listed.output and "555" not in listed.output
    with app.app_context():
        for responder in db.session.query(OnCallResponder):
            assert b"555016" not in responder.number_enc
    assert runner.invoke(args=["oncall", "add", "X", "3125550100"]).exit_code != 0


def test_worker_once_files_idle_conversations(runner: FlaskCliRunner, app: Flask) -> None:
    result = runner.invoke(args=["worker", "--once"])
    assert result.exit_code == 0, result.output
    purge = runner.invoke(args=["purge"])
    assert purge.exit_code == 0
    assert "idle conversations filed 0" in purge.output


def test_alerts_go_to_whoever_is_on_duty_now(alert_app: Flask, standin: TwilioStandIn) -> None:
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    runner = alert_app.test_cli_runner()
    tomorrow = (datetime.now(ZoneInfo("America/Chicago")) + timedelta(days=1)).strftime("%a")
    assert runner.invoke(args=["oncall", "add", "Ana", "+13125550161"]).exit_code == 0
    off = runner.invoke(
        args=["oncall", "add", "Luis", "+13125550162", "--hours", f"{tomorrow.lower()} 00:00-24:00"]
    )
    assert off.exit_code == 0, off.output
    Phone(alert_app.test_client(), "+13125550144").send("ICE agents at my door right now")
    with alert_app.app_context():
        run_pending(runtime())
    sent = [r.form["To"][0] for r in standin.requests if r.path.endswith("/Messages.json")]
    assert sent == ["+13125550161"]
