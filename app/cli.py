"""Command-line interface: `flask --app app <command>` (CONTRACT "Command line")."""

from __future__ import annotations

import logging
import pathlib
import secrets
import sys
from datetime import date
from typing import Any

import click
from babel.dates import format_date
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from flask_migrate import upgrade
from sqlalchemy import inspect

from app import i18n_tools
from app.api.partners import KEY_PREFIX
from app.channels.segments import MAX_SEGMENTS, segments
from app.demo import load_demo
from app.engine import messages as M
from app.engine.loader import load_flows, missing_translations
from app.engine.runner import Context, language_menus, render_step
from app.engine.schema import FlowError
from app.extensions import db
from app.i18n import REQUIRED_COMPLETE
from app.intake.service import expire_idle
from app.jobs.handlers import ONCALL_ALERT, purge
from app.jobs.worker import run_forever
from app.models import (
    Answer,
    Conversation,
    Delivery,
    MediaItem,
    OnCallResponder,
    Partner,
    StaffMember,
    Ticket,
    TicketMessage,
    TranscriptEntry,
)
from app.models.base import utcnow
from app.runtime import runtime
from app.staff import audit
from app.staff.accounts import (
    AccountError,
    create_staff,
    hash_token,
    issue_token,
    revoke_tokens,
)
from app.staff.oncall import ALWAYS, HOURS_HELP, HoursError, normalize_hours
from app.triage import evaluation

log = logging.getLogger(__name__)

staff_cli = AppGroup("staff", help="Staff accounts and API tokens.")
flows_cli = AppGroup("flows", help="Conversation flows.")
keys_cli = AppGroup("keys", help="Encryption keys (DATA_KEYS).")
oncall_cli = AppGroup("oncall", help="The on-call roster for P1 alerts.")
i18n_cli = AppGroup("i18n", help="Translation catalogs.")
partner_cli = AppGroup("partner", help="Partner organizations and their API keys.")
audit_cli = AppGroup("audit", help="The hash-chained audit log.")
triage_cli = AppGroup("triage", help="Triage of reports.")


@triage_cli.command("eval")
@click.argument(
    "paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=pathlib.Path)
)
@click.option("--misses", is_flag=True, help="List every case triage got wrong.")
def triage_eval(paths: tuple[pathlib.Path, ...], misses: bool) -> None:
    """Score triage on labelled reports (YAML files or folders of them).

    Prints P1 recall, priority and category accuracy, flag precision and recall per locale
    and overall, and confusion matrices. Exits 1 when a target is missed.
    """
    try:
        cases = evaluation.load_cases(paths)
    except evaluation.EvalFileError as exc:
        raise click.ClickException(str(exc)) from exc
    result = evaluation.evaluate(cases)
    for line in evaluation.report_lines(result, show_misses=misses):
        click.echo(line)
    failures = evaluation.missed_targets(result)
    click.echo("")
    if failures:
        for failure in failures:
            click.echo(f"target missed: {failure}")
        sys.exit(1)
    click.echo("targets met")


@audit_cli.command("verify")
def audit_verify() -> None:
    """Check every event's hash against the one before it; exit 1 at the first broken one."""
    intact, count, broken_at = audit.verify()
    if not intact:
        click.echo(f"FAIL: chain broken at event {broken_at}", err=True)
        sys.exit(1)
    click.echo(f"ok: chain intact, {count} events")


@i18n_cli.command("extract")
def i18n_extract() -> None:
    """Regenerate locales/messages.pot from the code and flows, and merge it into every locale."""
    path = i18n_tools.write_template()
    updated = i18n_tools.update_locales()
    click.echo(f"wrote {path.relative_to(i18n_tools.ROOT)}; updated {len(updated)} catalogs")


@i18n_cli.command("check")
def i18n_check() -> None:
    """Fail if the template is stale or a required locale is incomplete or broken."""
    problems = i18n_tools.check(REQUIRED_COMPLETE)
    for problem in problems:
        click.echo(f"FAIL {problem}", err=True)
    if problems:
        sys.exit(1)
    click.echo("ok: template current; complete: " + ", ".join(REQUIRED_COMPLETE))


@staff_cli.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(["admin", "analyst", "viewer"]), required=True)
def staff_create(email: str, role: str) -> None:
    """Create a staff member; prints a one-time password and the TOTP secret."""
    try:
        made = create_staff(runtime().vault, email, role)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    db.session.commit()
    click.echo(f"password: {made.password}")
    click.echo(f"totp_secret: {made.totp_secret}")


@staff_cli.command("token")
@click.argument("email")
def staff_token(email: str) -> None:
    """Print a new API token for a staff member."""
    try:
        token = issue_token(email)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    db.session.commit()
    click.echo(token)


@staff_cli.command("revoke")
@click.argument("email")
def staff_revoke(email: str) -> None:
    """Revoke every API token of a staff member (a lost laptop, someone leaving)."""
    try:
        count = revoke_tokens(email)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    db.session.commit()
    click.echo(f"revoked {count} token(s)")


@partner_cli.command("create")
@click.argument("name")
def partner_create(name: str) -> None:
    """Create a partner organization; prints its API key once (stored hashed)."""
    cleaned = name.strip()[:200]
    if not cleaned:
        raise click.ClickException("a name is needed")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    db.session.add(Partner(name=cleaned, key_hash=hash_token(key)))
    db.session.commit()
    click.echo(key)


@flows_cli.command("check")
def flows_check() -> None:
    """Validate conversations/: structure, translations and SMS length in every locale."""
    rt = runtime()
    try:
        flows = load_flows()
    except FlowError as exc:
        click.echo(f"FAIL {exc}", err=True)
        sys.exit(1)
    problems = missing_translations(flows.values(), rt.catalogs)
    problems += sms_length_problems()
    for problem in problems:
        click.echo(f"FAIL {problem}", err=True)
    if problems:
        sys.exit(1)
    locales = ", ".join(rt.catalogs.enabled)
    click.echo(
        f"ok: {len(flows)} flow(s), {sum(len(f.steps) for f in flows.values())} steps, "
        f"locales {locales}"
    )


def sample_context() -> Context:
    """A context for rendering what the SMS line says, with sample receipt and number."""
    rt = runtime()
    return Context(
        channel="sms",
        catalogs=rt.catalogs,
        keywords=rt.keywords,
        hooks=rt.hooks,
        now=utcnow(),
        receipt="0000-0000-0000-0000",
        rapid_response_number="+1 312 555 0100",
    )


def sms_length_problems() -> list[str]:
    """Every message the SMS line can send, rendered in every enabled locale, within 2 segments."""
    problems = []
    for locale, label, text in all_sms_texts(sample_context()):
        count = segments(text)
        if count > MAX_SEGMENTS:
            problems.append(f"{locale}: {label} takes {count} SMS segments ({len(text)} chars)")
    return problems


def all_sms_texts(ctx: Context) -> list[tuple[str, str, str]]:
    """(locale, what, text) for every prompt and message, as the SMS line would send it."""
    rt = runtime()
    out: list[tuple[str, str, str]] = []
    fixed = [
        M.HELP,
        M.NOT_UNDERSTOOD,
        M.RESTARTED,
        M.DELETED,
        M.NOTHING_TO_DELETE,
        M.MEDIA_RECEIVED,
        M.STATUS_HOW,
        M.STATUS_NOT_FOUND,
        M.STATUS_LIMITED,
    ]
    for locale in rt.catalogs.enabled:
        t = rt.catalogs.translate
        for flow in (f for f in rt.flows.values() if "sms" in f.channels):
            for step_id in flow.order:
                reply = render_step(flow.steps[step_id], locale, ctx)
                out.append((locale, f"{flow.id}.{step_id}", reply.text))
            for name in flow.messages:
                for i, msgid in enumerate(flow.message(name, "sms")):
                    text = t(locale, msgid, receipt="0000-0000-0000-0000", number="+1 312 555 0100")
                    out.append((locale, f"{flow.id}.messages.{name}[{i}]", text))
        for msgid in fixed:
            out.append((locale, msgid[:30], t(locale, msgid)))
        for status, words in M.STATUS_WORDS.items():
            text = t(
                locale,
                M.STATUS_REPLY,
                receipt="0000-0000-0000-0000",
                status=t(locale, words),
                # The longest date of the year, as the reply formats it in this language.
                date=max(
                    (
                        format_date(date(2026, month, 28), format="medium", locale=locale)
                        for month in range(1, 13)
                    ),
                    key=len,
                ),
            )
            out.append((locale, f"status reply ({status})", text))
        out.append(
            (locale, "on-call alert", t(locale, ONCALL_ALERT, ticket="T0000000000", priority="P1"))
        )
        for i, menu in enumerate(language_menus(ctx, locale)):
            out.append((locale, f"language menu [{i}]", menu.text))
    return out


@keys_cli.command("rotate")
def keys_rotate() -> None:
    """Re-encrypt everything under the first key of DATA_KEYS, so older keys can be retired."""
    vault = runtime().vault
    counts: dict[str, int] = {}
    columns: list[tuple[Any, tuple[str, ...]]] = [
        (Conversation, ("state_enc", "contact_enc")),
        (Answer, ("text_enc",)),
        (TranscriptEntry, ("body_enc",)),
        (Ticket, ("narrative_enc", "contact_enc")),
        (MediaItem, ("source_enc", "original_enc", "staff_copy_enc")),
        (TicketMessage, ("body_enc",)),
        (StaffMember, ("totp_secret_enc",)),
        (OnCallResponder, ("number_enc",)),
        (Delivery, ("response_enc",)),
    ]
    for model, names in columns:
        for row in db.session.scalars(db.select(model)):
            for name in names:
                value = getattr(row, name)
                if value is not None:
                    setattr(row, name, vault.rotate(value))
                    counts[model.__tablename__] = counts.get(model.__tablename__, 0) + 1
    db.session.commit()
    click.echo("re-encrypted: " + (", ".join(f"{k} {v}" for k, v in counts.items()) or "nothing"))


@oncall_cli.command(
    "add", help="Add a responder (their number is stored encrypted).\n\n" + HOURS_HELP
)
@click.argument("label")
@click.argument("number")
@click.option("--hours", default=ALWAYS, show_default=True, help="When they take calls and alerts.")
def oncall_add(label: str, number: str, hours: str) -> None:
    cleaned = number.strip()
    if not cleaned.startswith("+") or not cleaned[1:].isdigit() or len(cleaned) < 8:
        raise click.ClickException("the number must be in E.164 form, like +13125550100")
    responder = OnCallResponder(
        label=label.strip()[:100],
        number_enc=runtime().vault.encrypt(cleaned),
        hours=_checked_hours(hours),
    )
    db.session.add(responder)
    db.session.commit()
    click.echo(f"added responder {responder.id}: {responder.label} ({responder.hours})")


@oncall_cli.command("list")
def oncall_list() -> None:
    """List responders: id, active or not, hours, label (numbers are never shown)."""
    for responder in db.session.scalars(db.select(OnCallResponder).order_by(OnCallResponder.id)):
        state = "active" if responder.active else "inactive"
        click.echo(f"{responder.id}\t{state}\t{responder.hours}\t{responder.label}")


@oncall_cli.command("hours", help="Change when a responder is on duty.\n\n" + HOURS_HELP)
@click.argument("responder_id", type=int)
@click.argument("hours", nargs=-1, required=True)
def oncall_hours(responder_id: int, hours: tuple[str, ...]) -> None:
    responder = db.session.get(OnCallResponder, responder_id)
    if responder is None:
        raise click.ClickException("no responder with that id")
    # Several arguments are joined, so `oncall hours 3 mon-fri 09:00-17:00` works unquoted.
    responder.hours = _checked_hours(" ".join(hours))
    db.session.commit()
    click.echo(f"responder {responder.id}: {responder.hours}")


def _checked_hours(text: str) -> str:
    try:
        return normalize_hours(text)
    except HoursError as exc:
        raise click.ClickException(f"invalid hours: {exc}") from exc


@oncall_cli.command("remove")
@click.argument("responder_id", type=int)
def oncall_remove(responder_id: int) -> None:
    """Remove a responder and their number."""
    responder = db.session.get(OnCallResponder, responder_id)
    if responder is None:
        raise click.ClickException("no responder with that id")
    db.session.delete(responder)
    db.session.commit()
    click.echo(f"removed responder {responder_id}")


@click.command("worker")
@with_appcontext
@click.option("--once", is_flag=True, help="Run what is due now, then exit.")
def worker_command(once: bool) -> None:
    """Run background jobs until stopped."""
    run_forever(current_app._get_current_object(), once=once)  # type: ignore[attr-defined]


@click.command("purge")
@with_appcontext
def purge_command() -> None:
    """Apply retention now."""
    rt = runtime()
    now = utcnow()
    filed, dropped = expire_idle(rt, now)
    counts = purge(rt, now)
    db.session.commit()
    click.echo(
        f"idle conversations filed {filed}, let go {dropped}; "
        f"deliveries purged {counts['deliveries']}, jobs purged {counts['jobs']}"
    )


@click.command("demo")
@with_appcontext
def demo_command() -> None:
    """Load demo data: reports told through the real SMS engine."""
    count = load_demo(runtime())
    db.session.commit()
    click.echo(f"demo data: {count} reports")


def bootstrap_development(app: Flask) -> None:
    """Create the database and demo data when absent (development `flask run` only)."""
    with app.app_context():
        if "tickets" not in inspect(db.engine).get_table_names():
            upgrade()
            click.echo(" * Testigo: created the database")
        if db.session.query(Ticket).count() == 0:
            count = load_demo(runtime())
            db.session.commit()
            click.echo(f" * Testigo: loaded {count} demo reports")
        click.echo(" * Testigo: try the SMS line at /dev/phone")


def register(app: Flask) -> None:
    for group in (
        staff_cli,
        flows_cli,
        keys_cli,
        oncall_cli,
        i18n_cli,
        partner_cli,
        audit_cli,
        triage_cli,
    ):
        app.cli.add_command(group)
    for command in (worker_command, purge_command, demo_command):
        app.cli.add_command(command)
