"""After whole conversations, the database and the logs hold nothing that identifies anyone."""

from __future__ import annotations

import logging
import re

from conftest import Phone, RecordingHandler, database_text, sqlite_files
from flask import Flask
from flask.testing import FlaskClient

from app.extensions import db
from app.models import Conversation
from app.privacy.redaction import ScrubFilter, scrub

RECEIPT = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{4}\b")
NUMBERS = ("+13125550188", "whatsapp:+17735550199")
STORY = "ICE agents grabbed my brother Ezequiel outside Zapateria Paloma and pushed him down"
LOCATION = {
    "FromCity": "BERWYN",
    "FromState": "IL",
    "FromZip": "60402",
    "FromCountry": "US",
    "CallerName": "ROSALINDA QUINTERO",
}
PLACE = "Cermak y Wolcott junto a la lavanderia Burbujas"
PROFILE = "Rosalinda Quintero"


def _converse(phone: Phone, first: str, answers: list[str]) -> str:
    texts: list[str] = []
    for message in [first, *answers, *(["SKIP"] * 15)]:
        params = phone.params(message, **LOCATION)
        if phone.number.startswith("whatsapp:"):
            params.update(ProfileName=PROFILE, WaId=phone.number.split("+")[1])
        response = phone.post(params)
        assert response.status_code == 200
        texts.append(response.get_data(as_text=True))
        if RECEIPT.search(texts[-1]):
            break
    match = RECEIPT.search(texts[-1])
    assert match, texts[-1]
    return match.group(0)


def test_nothing_identifying_is_stored_or_logged(
    app: Flask, client: FlaskClient, raw_logs: RecordingHandler, database_url: str
) -> None:
    receipts = []
    for number in NUMBERS:
        phone = Phone(client, number)
        answers = [
            "2 hours ago",
            PLACE,
            "1",
            "four agents with masks",
            "badge 40417",
            "1 2",
            "yes",
            "no",
            "no",
            "4",
            "3",
            "my cousin Anselmo filmed it",
            "yes",
            "yes",
        ]
        receipts.append(_converse(phone, STORY, answers))
        phone.send(f"STATUS {receipts[-1]}")

    secrets = [
        *NUMBERS,
        "3125550188",
        "7735550199",
        "5550188",
        "5550199",
        *receipts,
        *(r.replace("-", "") for r in receipts),
        "Ezequiel",
        "Zapateria Paloma",
        "grabbed my brother",
        "Burbujas",
        "Anselmo",
        "40417",
        "BERWYN",
        "60402",
        "ROSALINDA",
        "Rosalinda",
        "Quintero",
    ]
    stored = database_text(app)
    logged = "\n".join(raw_logs.lines)
    for secret in secrets:
        assert secret not in stored, f"database holds {secret!r}"
        assert secret.lower() not in logged.lower(), f"logs hold {secret!r}"
    for path in sqlite_files(database_url):
        raw = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in raw, f"{path.name} holds {secret!r}"
    # The logs did record what happened, by event and id.
    assert any(line.startswith("ticket.submitted") for line in raw_logs.lines)
    with app.app_context():
        # Finished conversations cannot be found again from a number, even with the pepper.
        assert (
            db.session.query(Conversation).filter(Conversation.lookup_key.isnot(None)).count() == 0
        )


def test_in_progress_conversation_is_keyed_by_a_keyed_hash(app: Flask, phone: Phone) -> None:
    phone.send("hello")
    with app.app_context():
        conversation = db.session.query(Conversation).one()
        assert conversation.lookup_key and len(conversation.lookup_key) == 64
        assert phone.number[2:] not in conversation.lookup_key
        assert conversation.state_enc is not None and b"hello" not in conversation.state_enc


def test_scrubber_removes_numbers_addresses_and_receipts() -> None:
    line = (
        "from +1 (312) 555-0188 whatsapp:+17735550199 ip 203.0.113.9 "
        "receipt 1234-5678-9012-3456 mail a@b.org"
    )
    cleaned = scrub(line)
    for secret in ("555-0188", "17735550199", "203.0.113.9", "1234-5678", "a@b.org"):
        assert secret not in cleaned
    assert cleaned.startswith("from [redacted]")
    assert scrub("Running on http://127.0.0.1:5000") == "Running on http://127.0.0.1:5000"


def test_scrub_filter_drops_exception_details() -> None:
    record = logging.LogRecord(
        "x", logging.ERROR, __file__, 1, "failed for %s", ("+13125550188",), None
    )
    try:
        raise ValueError("Body was: ICE took my brother")
    except ValueError as exc:
        record.exc_info = (type(exc), exc, exc.__traceback__)
    ScrubFilter().filter(record)
    assert record.getMessage() == "failed for [redacted] [ValueError]"
    assert record.exc_info is None
