"""One typed, frozen Settings read once from the environment; production refuses missing secrets."""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cryptography.fernet import Fernet

ENVIRONMENTS = ("development", "testing", "production")
DEFAULT_INSTANCE = Path(__file__).resolve().parent.parent / "instance"

# Secrets that development and testing may generate once into the instance folder.
_GENERATED = ("SECRET_KEY", "IDENTITY_PEPPER", "DATA_KEYS")


class SettingsError(RuntimeError):
    """Raised when the environment cannot give a safe configuration."""


@dataclass(frozen=True)
class Settings:
    env: str
    secret_key: str
    database_url: str
    identity_pepper: bytes
    data_keys: tuple[str, ...]
    instance_path: str
    public_base_url: str | None = None
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_api_base_url: str | None = None
    rapid_response_number: str | None = None
    # Where on-call alerts are sent from: a Messaging Service, or else a number of ours.
    twilio_messaging_service_sid: str | None = None
    twilio_from_number: str | None = None
    # A conversation idle this long becomes an incomplete ticket.
    idle_timeout_seconds: int = 2 * 60 * 60
    # Replies kept for repeated Twilio deliveries, then purged.
    dedup_retention_seconds: int = 24 * 60 * 60
    ratelimit_storage_uri: str = "memory://"
    # Receipt lookups allowed per sender or session in an hour.
    receipt_lookups_per_hour: int = 5
    worker_poll_seconds: float = 2.0
    log_level: str = "INFO"
    # Residents say "yesterday morning" in Chicago time; times are read and shown in it.
    timezone: str = "America/Chicago"
    # Where Quick exit goes: somewhere ordinary that says nothing about this site.
    quick_exit_url: str = "https://weather.com/"
    # Reports this close in time (either way), in the same community area and with a
    # compatible agency, are linked into one incident.
    incident_window_minutes: int = 120
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def is_development(self) -> bool:
        return self.env == "development"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, instance_path: str | None = None
    ) -> Settings:
        env_map = os.environ if environ is None else environ
        env = env_map.get("TESTIGO_ENV", "development").strip() or "development"
        if env not in ENVIRONMENTS:
            raise SettingsError(f"TESTIGO_ENV must be one of {', '.join(ENVIRONMENTS)}")
        instance = Path(instance_path or env_map.get("TESTIGO_INSTANCE_PATH") or DEFAULT_INSTANCE)
        instance = instance.resolve()

        def get(name: str) -> str | None:
            value = env_map.get(name)
            return value.strip() if value and value.strip() else None

        missing = [
            name
            for name in (*_GENERATED, "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN")
            if not get(name)
        ]
        if env == "production" and missing:
            raise SettingsError(
                "production refuses to start without: " + ", ".join(sorted(missing))
            )
        generated = _load_or_generate(instance) if env != "production" else {}

        secret_key = get("SECRET_KEY") or generated["SECRET_KEY"]
        pepper = get("IDENTITY_PEPPER") or generated["IDENTITY_PEPPER"]
        keys_raw = get("DATA_KEYS") or generated["DATA_KEYS"]
        data_keys = tuple(k.strip() for k in keys_raw.split(",") if k.strip())
        for key in data_keys:
            try:
                Fernet(key.encode())
            except (ValueError, TypeError) as exc:
                raise SettingsError("DATA_KEYS must be comma-separated Fernet keys") from exc
        if len(pepper) < 16:
            raise SettingsError("IDENTITY_PEPPER must be at least 16 characters")

        database_url = get("DATABASE_URL") or f"sqlite:///{instance / 'testigo.sqlite3'}"
        if database_url.startswith("postgres://"):
            # Heroku-style URLs; SQLAlchemy only knows the postgresql scheme.
            database_url = "postgresql://" + database_url[len("postgres://") :]
        if database_url.startswith("postgresql://"):
            database_url = "postgresql+psycopg://" + database_url[len("postgresql://") :]

        public_base = get("PUBLIC_BASE_URL")
        return cls(
            env=env,
            secret_key=secret_key,
            database_url=database_url,
            identity_pepper=pepper.encode(),
            data_keys=data_keys,
            instance_path=str(instance),
            public_base_url=public_base.rstrip("/") if public_base else None,
            twilio_account_sid=get("TWILIO_ACCOUNT_SID"),
            twilio_auth_token=get("TWILIO_AUTH_TOKEN"),
            twilio_api_base_url=get("TWILIO_API_BASE_URL"),
            rapid_response_number=get("RAPID_RESPONSE_NUMBER"),
            twilio_messaging_service_sid=get("TWILIO_MESSAGING_SERVICE_SID"),
            twilio_from_number=get("TWILIO_FROM_NUMBER"),
            idle_timeout_seconds=_int(get("TESTIGO_IDLE_TIMEOUT_SECONDS"), 2 * 60 * 60),
            ratelimit_storage_uri=get("RATELIMIT_STORAGE_URI") or "memory://",
            worker_poll_seconds=float(_int(get("TESTIGO_WORKER_POLL_SECONDS"), 2)),
            log_level=get("TESTIGO_LOG_LEVEL") or "INFO",
            timezone=_timezone(get("TESTIGO_TIMEZONE") or "America/Chicago"),
            quick_exit_url=get("TESTIGO_QUICK_EXIT_URL") or "https://weather.com/",
            incident_window_minutes=_int(get("TESTIGO_INCIDENT_WINDOW_MINUTES"), 120),
        )


def _timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingsError(f"TESTIGO_TIMEZONE {name!r} is not a known time zone") from exc
    return name


def _int(raw: str | None, default: int) -> int:
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"expected a whole number, got {raw!r}") from exc
    if value <= 0:
        raise SettingsError(f"expected a positive number, got {raw!r}")
    return value


def _load_or_generate(instance: Path) -> dict[str, str]:
    """Development secrets: made once, kept in the instance folder, readable by the owner only."""
    path = instance / "secrets.json"
    if path.exists():
        stored: dict[str, str] = json.loads(path.read_text())
        if all(name in stored for name in _GENERATED):
            return stored
    instance.mkdir(parents=True, exist_ok=True)
    values = {
        "SECRET_KEY": secrets.token_urlsafe(48),
        "IDENTITY_PEPPER": secrets.token_urlsafe(48),
        "DATA_KEYS": Fernet.generate_key().decode(),
    }
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(values, handle)
    # Another process may have won the race; keep whichever landed first.
    if path.exists():
        tmp.unlink()
        return dict(json.loads(path.read_text()))
    os.replace(tmp, path)
    return values
