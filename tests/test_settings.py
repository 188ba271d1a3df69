"""Settings: typed and frozen; production refuses missing secrets; development makes its own."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from app.privacy.crypto import Vault
from app.settings import Settings, SettingsError


def test_production_refuses_to_start_without_its_secrets(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"TESTIGO_ENV": "production"}, instance_path=str(tmp_path))
    for name in ("SECRET_KEY", "IDENTITY_PEPPER", "DATA_KEYS", "TWILIO_AUTH_TOKEN"):
        assert name in str(caught.value)
    assert not (tmp_path / "secrets.json").exists()


def test_production_starts_with_everything_set(tmp_path: Path) -> None:
    env = {
        "TESTIGO_ENV": "production",
        "SECRET_KEY": "s" * 40,
        "IDENTITY_PEPPER": "p" * 40,
        "DATA_KEYS": Fernet.generate_key().decode(),
        "TWILIO_ACCOUNT_SID": "AC1",
        "TWILIO_AUTH_TOKEN": "t",
        "DATABASE_URL": "postgres://u@db/testigo",
        "PUBLIC_BASE_URL": "https://line.example.org/",
    }
    settings = Settings.from_env(env, instance_path=str(tmp_path))
    assert settings.is_production
    assert settings.database_url == "postgresql+psycopg://u@db/testigo"
    assert settings.public_base_url == "https://line.example.org"
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.env = "development"  # type: ignore[misc]


def test_development_generates_secrets_once(tmp_path: Path) -> None:
    first = Settings.from_env({}, instance_path=str(tmp_path))
    second = Settings.from_env({}, instance_path=str(tmp_path))
    assert first.env == "development"
    assert first.secret_key == second.secret_key
    assert first.identity_pepper == second.identity_pepper
    assert first.database_url == f"sqlite:///{tmp_path / 'testigo.sqlite3'}"
    assert oct((tmp_path / "secrets.json").stat().st_mode & 0o777) == "0o600"


def test_bad_values_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="TESTIGO_ENV"):
        Settings.from_env({"TESTIGO_ENV": "staging"}, instance_path=str(tmp_path))
    with pytest.raises(SettingsError, match="Fernet"):
        Settings.from_env({"DATA_KEYS": "not-a-key"}, instance_path=str(tmp_path))


def test_data_keys_rotate(tmp_path: Path) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    before = Vault([old])
    token = before.encrypt("agents at the school")
    after = Vault([new, old])  # a new first key encrypts; the old one still decrypts
    assert after.decrypt(token) == "agents at the school"
    rotated = after.rotate(token)
    assert Vault([new]).decrypt(rotated) == "agents at the school"
    assert not Vault([old]).can_decrypt(rotated)
