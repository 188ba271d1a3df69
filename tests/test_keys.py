"""DATA_KEYS rotation through the command line: after `keys rotate` the old key can go."""

from __future__ import annotations

from collections.abc import Callable

from conftest import Phone
from cryptography.fernet import Fernet
from flask import Flask

from app.extensions import db
from app.models import Ticket
from app.runtime import runtime


def test_rotate_then_retire_the_old_key(make_app: Callable[..., Flask]) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    before = make_app(data_keys=(old,))
    phone = Phone(before.test_client(), "+13125550181")
    phone.send("ICE agents are taking two men from the car wash on Cermak right now")

    during = make_app(data_keys=(new, old))
    result = during.test_cli_runner().invoke(args=["keys", "rotate"])
    assert result.exit_code == 0, result.output
    assert "tickets 1" in result.output and "answers" in result.output

    after = make_app(data_keys=(new,))
    with after.app_context():
        ticket = db.session.query(Ticket).one()
        assert runtime().vault.decrypt(ticket.narrative_enc).startswith("ICE agents are taking")
    # The conversation in progress goes on under the new key alone.
    reply = Phone(after.test_client(), "+13125550181").send("Cermak and Western")
    assert reply[0].startswith("How many agents and vehicles?")
