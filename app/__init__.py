"""Testigo: an anonymous community witness line. create_app builds the Flask application."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import click
from flask import Flask, g, request
from sqlalchemy import event
from sqlalchemy.engine import Engine

from app import cli
from app.api import errors as api_errors
from app.api.partners import bp as api_partners_bp
from app.api.tickets import bp as api_tickets_bp
from app.channels.simulator import bp as simulator_bp
from app.channels.sms import bp as sms_bp
from app.channels.voice import bp as voice_bp
from app.channels.webchat.api import bp as webchat_api_bp
from app.channels.webchat.views import bp as webchat_bp
from app.engine.keywords import KeywordIndex
from app.engine.loader import load_flows, missing_translations
from app.engine.schema import FlowError
from app.extensions import babel, db, limiter, migrate
from app.i18n import LOCALES_DIR, CatalogDomain, Catalogs
from app.models.base import render_item
from app.privacy import redaction
from app.privacy.crypto import Vault
from app.privacy.media import MAX_VIDEO_BYTES
from app.public import pages
from app.public.views import bp as public_bp
from app.runtime import Runtime, build_hooks, install
from app.settings import Settings
from app.staff.records import bp as staff_records_bp
from app.staff.roster import bp as staff_roster_bp
from app.staff.tickets import bp as staff_tickets_bp
from app.staff.views import bp as staff_bp
from app.triage import matcher as triage_matcher

log = logging.getLogger(__name__)
MAX_UPLOAD_BYTES = MAX_VIDEO_BYTES
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings.from_env()
    redaction.install(settings.log_level)
    app = Flask(__name__, instance_path=settings.instance_path)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        SQLALCHEMY_DATABASE_URI=settings.database_url,
        SQLALCHEMY_ENGINE_OPTIONS=_engine_options(settings.database_url),
        TESTING=settings.env == "testing",
        # Room for one video upload; every other route reads far less.
        MAX_CONTENT_LENGTH=MAX_UPLOAD_BYTES + 1024 * 1024,
        BABEL_DEFAULT_LOCALE="en",
        BABEL_TRANSLATION_DIRECTORIES=str(LOCALES_DIR),
        RATELIMIT_STORAGE_URI=settings.ratelimit_storage_uri,
        RATELIMIT_HEADERS_ENABLED=False,
        # A moving window: a fixed one allows twice the limit across a window's edge.
        RATELIMIT_STRATEGY="moving-window",
        # Only staff get a cookie, and it never travels to a resident's page.
        SESSION_COOKIE_NAME="testigo_staff",
        SESSION_COOKIE_PATH="/staff",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=settings.is_production,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
        JSON_SORT_KEYS=False,
    )
    db.init_app(app)
    migrate.init_app(
        app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True, render_item=render_item
    )
    catalogs = Catalogs()
    babel.init_app(app, locale_selector=lambda: _select_locale(catalogs))
    # Pages translate through the same catalogs as SMS and voice, by our locale codes.
    babel.domain_instance = CatalogDomain()
    limiter.init_app(app)

    flows = load_flows()
    problems = missing_translations(flows.values(), catalogs)
    if problems and settings.is_production:
        raise FlowError("flows are missing translations:\n" + "\n".join(problems))
    for problem in problems:
        # Elsewhere the catalog tools must still run to fix this; `flows check` fails CI on it.
        log.warning("flows.translation_missing %s", problem)
    if settings.is_production:
        # Compile every language's word lists now (a few seconds), not while the first
        # resident in each language waits for a reply.
        triage_matcher.warm_up()
    install(
        app,
        Runtime(
            settings=settings,
            vault=Vault(settings.data_keys),
            catalogs=catalogs,
            flows=flows,
            keywords=KeywordIndex(catalogs, catalogs.enabled),
            hooks=build_hooks(),
        ),
    )

    app.register_blueprint(public_bp)
    app.register_blueprint(sms_bp)
    app.register_blueprint(voice_bp)
    app.register_blueprint(api_tickets_bp)
    app.register_blueprint(api_partners_bp)
    app.register_blueprint(webchat_bp)
    app.register_blueprint(webchat_api_bp)
    app.register_blueprint(staff_bp)
    app.register_blueprint(staff_tickets_bp)
    app.register_blueprint(staff_records_bp)
    app.register_blueprint(staff_roster_bp)
    if settings.is_development:
        app.register_blueprint(simulator_bp)
    api_errors.register(app)
    pages.register(app)
    cli.register(app)

    ctx = click.get_current_context(silent=True)
    if settings.is_development and ctx is not None and ctx.info_name == "run":
        # `flask run` on a fresh clone: database and demo data, so there is something to see.
        cli.bootstrap_development(app)
    return app


def _engine_options(url: str) -> dict[str, object]:
    if url.startswith("sqlite"):
        return {"connect_args": {"timeout": 30}}
    return {"pool_pre_ping": True}


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: object, connection_record: object) -> None:
    # Foreign keys (so DELETE cascades) and WAL (so readers never wait for the writer).
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()


def _select_locale(catalogs: Catalogs) -> str:
    chosen = _choose_locale(catalogs)
    # Kept as our own code: Babel reads "tl" as Filipino ("fil_PH"), which has no catalog.
    g.selected_locale = chosen
    return chosen


def _choose_locale(catalogs: Catalogs) -> str:
    forced = g.get("page_locale")
    if forced:
        return str(forced)
    wanted = catalogs.best_match(request.args.get("lang"))
    if wanted:
        return wanted
    best = request.accept_languages.best_match([loc.replace("_", "-") for loc in catalogs.enabled])
    return catalogs.best_match(best) or "en"
