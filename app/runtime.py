"""What a running Testigo holds besides Flask: settings, keys, catalogs, flows and readers."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app

from app.engine.keywords import KeywordIndex
from app.engine.runner import Hooks
from app.engine.schema import Flow
from app.i18n import Catalogs
from app.privacy.crypto import Vault
from app.settings import Settings
from app.triage import extract_facts, parse_time
from app.triage.language import detect_language

EXTENSION_KEY = "testigo"


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    vault: Vault
    catalogs: Catalogs
    flows: dict[str, Flow]
    keywords: KeywordIndex
    hooks: Hooks

    @property
    def pepper(self) -> bytes:
        return self.settings.identity_pepper


def build_hooks() -> Hooks:
    return Hooks(
        extract_facts=extract_facts, parse_time=parse_time, detect_language=detect_language
    )


def install(app: Flask, runtime: Runtime) -> None:
    app.extensions[EXTENSION_KEY] = runtime


def runtime() -> Runtime:
    rt: Runtime = current_app.extensions[EXTENSION_KEY]
    return rt
