"""Fixtures: an app on a throwaway database (SQLite, or PostgreSQL when asked), signed phones."""

from __future__ import annotations

import logging
import os
import secrets
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from cryptography.fernet import Fernet
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from flask_migrate import upgrade
from sqlalchemy import MetaData, create_engine, text
from twilio.request_validator import RequestValidator
from twilio_standin import TwilioStandIn

from app import create_app
from app.extensions import db, limiter
from app.settings import Settings

PUBLIC_BASE = "https://line.example.org"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ from what the line answers now",
    )


AUTH_TOKEN = "test-auth-token-" + "0" * 16
ACCOUNT_SID = "AC" + "1" * 32
HOTLINE = "+13125550100"


def _database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    wanted = os.environ.get("TESTIGO_TEST_DATABASE_URL")
    if wanted:
        return wanted
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'testigo.sqlite3'}"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = _database_url(tmp_path_factory)
    if url.startswith("postgresql"):
        # Start from an empty schema so the migrations themselves are exercised.
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    return url


@pytest.fixture(scope="session")
def base_settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    instance = tmp_path_factory.mktemp("instance")
    env = {
        "TESTIGO_ENV": "testing",
        "SECRET_KEY": secrets.token_urlsafe(32),
        "IDENTITY_PEPPER": secrets.token_urlsafe(32),
        "DATA_KEYS": Fernet.generate_key().decode(),
        "DATABASE_URL": database_url,
        "PUBLIC_BASE_URL": PUBLIC_BASE,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TESTIGO_LOG_LEVEL": "DEBUG",
    }
    return Settings.from_env(env, instance_path=str(instance))


@pytest.fixture(scope="session")
def _migrated(base_settings: Settings) -> None:
    app = create_app(base_settings)
    with app.app_context():
        upgrade()
        db.engine.dispose()


@pytest.fixture
def settings(base_settings: Settings) -> Settings:
    return base_settings


@pytest.fixture
def make_app(settings: Settings, _migrated: None) -> Iterator[Callable[..., Flask]]:
    """Build an app with changed settings; every app made is emptied and closed afterwards."""
    made: list[Flask] = []

    def make(**overrides: object) -> Flask:
        app = create_app(settings.with_overrides(**overrides) if overrides else settings)
        with app.app_context():
            limiter.reset()
        made.append(app)
        return app

    yield make
    for app in made:
        with app.app_context():
            db.session.remove()
            _empty_tables()
            db.engine.dispose()


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Flask:
    return make_app()


def _empty_tables() -> None:
    metadata = MetaData()
    metadata.reflect(bind=db.engine)
    with db.engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            if table.name != "alembic_version":
                conn.execute(table.delete())


@pytest.fixture
def standin() -> Iterator[TwilioStandIn]:
    """A local stand-in for Twilio's REST API (TWILIO_API_BASE_URL points apps at it)."""
    server = TwilioStandIn().start()
    yield server
    server.stop()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


def sign(url: str, params: dict[str, str], token: str = AUTH_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


class Phone:
    """A resident's phone texting the line, every request signed exactly as Twilio signs it."""

    def __init__(self, client: FlaskClient, number: str) -> None:
        self.client = client
        self.number = number
        self.sent: list[dict[str, str]] = []

    def params(
        self, body: str, sid: str | None = None, media: tuple[str, ...] = (), **extra: str
    ) -> dict[str, str]:
        sid = sid or "SM" + uuid.uuid4().hex
        params = {
            "MessageSid": sid,
            "SmsSid": sid,
            "SmsMessageSid": sid,
            "AccountSid": ACCOUNT_SID,
            "From": self.number,
            "To": HOTLINE,
            "Body": body,
            "NumMedia": str(len(media)),
            "NumSegments": "1",
            "ApiVersion": "2010-04-01",
            "SmsStatus": "received",
            "FromCity": "CHICAGO",
            "FromState": "IL",
            "FromZip": "60623",
            "FromCountry": "US",
            "ToCity": "CHICAGO",
            "ToState": "IL",
            "ToZip": "60601",
            "ToCountry": "US",
        }
        for i, content_type in enumerate(media):
            params[f"MediaContentType{i}"] = content_type
            params[f"MediaUrl{i}"] = (
                f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}"
                f"/Messages/{sid}/Media/ME{uuid.uuid4().hex}"
            )
        params.update(extra)
        return params

    def post(self, params: dict[str, str], signature: str | None = None):  # type: ignore[no-untyped-def]
        headers = {
            "X-Twilio-Signature": signature
            if signature is not None
            else sign(PUBLIC_BASE + "/twilio/sms", params)
        }
        self.sent.append(params)
        return self.client.post("/twilio/sms", data=params, headers=headers)

    def send(self, body: str, **kwargs: object) -> list[str]:
        response = self.post(self.params(body, **kwargs))  # type: ignore[arg-type]
        assert response.status_code == 200, response.get_data(as_text=True)
        assert response.mimetype in ("application/xml", "text/xml")
        return replies(response.get_data(as_text=True))


def replies(xml: str) -> list[str]:
    root = ElementTree.fromstring(xml)  # noqa: S314 - the app's own TwiML
    assert root.tag == "Response"
    return [m.text or "" for m in root.iter("Message")]


@pytest.fixture
def phone(client: FlaskClient) -> Phone:
    return Phone(client, "+1312555" + f"{secrets.randbelow(10**4):04d}")


@pytest.fixture
def new_phone(client: FlaskClient):  # type: ignore[no-untyped-def]
    def make(number: str | None = None) -> Phone:
        return Phone(client, number or "+1773555" + f"{secrets.randbelow(10**4):04d}")

    return make


class RecordingHandler(logging.Handler):
    """Keeps every log record as emitted by the code, before any scrubbing."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def raw_logs() -> Iterator[RecordingHandler]:
    handler = RecordingHandler()
    root = logging.getLogger()
    old = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)
    root.setLevel(old)


def database_text(app: Flask) -> str:
    """Every value in every table, as text: what someone holding the database would read."""
    with app.app_context():
        metadata = MetaData()
        metadata.reflect(bind=db.engine)
        chunks = []
        with db.engine.connect() as conn:
            for table in metadata.sorted_tables:
                for row in conn.execute(table.select()):
                    for value in row:
                        if isinstance(value, bytes | memoryview):
                            chunks.append(bytes(value).decode("latin-1"))
                        else:
                            chunks.append(str(value))
        return "\n".join(chunks)


def sqlite_files(url: str) -> list[Path]:
    if not url.startswith("sqlite:///"):
        return []
    path = Path(url[len("sqlite:///") :])
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-journal")) if p.exists()]
