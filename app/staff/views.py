"""The staff dashboard: sign-in, password change, and the queue. Every route needs sign-in
unless it is on the explicit allow-list below."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from typing import Any

from babel.dates import format_datetime, format_timedelta
from flask import Blueprint, abort, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.csrf import generate_csrf, validate_csrf
from werkzeug.wrappers import Response
from wtforms import EmailField, PasswordField, StringField, ValidationError
from wtforms.validators import DataRequired, EqualTo, Length

from app.api.tickets import reason_lines
from app.extensions import db, limiter
from app.models import StaffMember, Ticket
from app.models.base import utcnow
from app.models.ticket import AGENCIES, CATEGORIES, CHANNELS, FLAGS, PRIORITIES, STATUSES
from app.public.pages import page_locale
from app.runtime import runtime
from app.staff import search
from app.staff.auth import IDLE, MIN_PASSWORD, check_password, set_password, sign_in
from app.triage.reasons import AGENCY_TEXTS, CATEGORY_TEXTS, FLAG_TEXTS

log = logging.getLogger(__name__)
bp = Blueprint("staff", __name__, url_prefix="/staff")
# The only staff routes reachable without signing in.
PUBLIC_ENDPOINTS = frozenset({"staff.login"})
OPEN_STATUSES = tuple(s for s in STATUSES if s != "closed")
# SPEC section 5: time to acknowledge (leave "new") by priority.
SLA = {
    "P1": timedelta(minutes=15),
    "P2": timedelta(hours=4),
    "P3": timedelta(days=2),
    "P4": timedelta(days=7),
}
QUEUE_LIMIT = 500


class LoginForm(FlaskForm):  # type: ignore[misc]
    email = EmailField(_l("Email"), validators=[DataRequired(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=200)])
    code = StringField(
        _l("6-digit code from your authenticator app"),
        validators=[DataRequired(), Length(min=6, max=8)],
    )


class PasswordForm(FlaskForm):  # type: ignore[misc]
    current = PasswordField(_l("Current password"), validators=[DataRequired()])
    new = PasswordField(
        _l("New password"), validators=[DataRequired(), Length(min=MIN_PASSWORD, max=200)]
    )
    again = PasswordField(_l("New password again"), validators=[DataRequired(), EqualTo("new")])


def _now() -> datetime:
    return utcnow()


@bp.before_request
def require_sign_in() -> Response | None:
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    staff_id = session.get("staff_id")
    seen = session.get("seen")
    staff = db.session.get(StaffMember, staff_id) if isinstance(staff_id, int) else None
    idle = not isinstance(seen, (int, float)) or _now().timestamp() - seen > IDLE.total_seconds()
    if staff is None or not staff.active or idle:
        if staff is not None and idle:
            log.info("staff.idle_timeout staff=%s", staff.id)
        session.clear()
        return redirect(url_for("staff.login", expired=1 if staff is not None else None))
    session["seen"] = _now().timestamp()
    g.staff = staff
    if staff.must_change_password and request.endpoint not in ("staff.password", "staff.logout"):
        return redirect(url_for("staff.password"))
    return None


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("30/minute", key_func=lambda: "staff-login", methods=["POST"])
def login() -> tuple[str, int] | Response:
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        result = sign_in(
            runtime().vault, form.email.data, form.password.data, form.code.data, _now()
        )
        db.session.commit()
        if result.staff is not None:
            session.clear()
            session.permanent = True
            session["staff_id"] = result.staff.id
            session["seen"] = _now().timestamp()
            return redirect(url_for("staff.queue"))
        if result.reason == "locked":
            error = _("Too many failed attempts. Try again in 15 minutes.")
        else:
            error = _("Sign-in failed. Check your email, password and code.")
    elif request.method == "POST":
        error = _("Sign-in failed. Check your email, password and code.")
    notice = (
        _("You were signed out after 30 minutes without activity.")
        if request.args.get("expired")
        else None
    )
    status = 401 if error else 200
    return render_template("staff/login.html", form=form, error=error, notice=notice), status


def code_text(code: str) -> str:
    """A triage code (category, agency or flag) in the staff member's language."""
    for table in (CATEGORY_TEXTS, AGENCY_TEXTS, FLAG_TEXTS):
        if code in table:
            return str(_(table[code]))
    return code


@bp.context_processor
def staff_context() -> dict[str, Any]:
    # Forms outside a FlaskForm (sign-out) carry the same CSRF token.
    return {"csrf_token": generate_csrf, "code_text": code_text}


def require_csrf() -> None:
    """For staff forms posted without a FlaskForm: the session's CSRF token must match."""
    try:
        validate_csrf(request.form.get("csrf_token", ""))
    except ValidationError:
        abort(400, "the form expired; try again")


@bp.post("/logout")
def logout() -> Response:
    require_csrf()
    session.clear()
    return redirect(url_for("staff.login"))


@bp.route("/password", methods=["GET", "POST"])
def password() -> tuple[str, int] | Response:
    staff: StaffMember = g.staff
    form = PasswordForm()
    error = None
    if form.validate_on_submit():
        if not check_password(staff.password_hash, form.current.data):
            error = _("The current password is not right.")
        elif form.new.data == form.current.data:
            error = _("Choose a password different from the current one.")
        else:
            set_password(staff, form.new.data)
            db.session.commit()
            return redirect(url_for("staff.queue"))
    elif request.method == "POST":
        error = _("Use at least %(count)s characters, typed the same twice.", count=MIN_PASSWORD)
    return render_template(
        "staff/password.html", form=form, error=error, first=staff.must_change_password
    ), 400 if error else 200


def filters() -> dict[str, Any]:
    """The queue's filters from the query string; anything unknown is ignored."""
    args = request.args
    picked = {
        "status": args.get("status") if args.get("status") in (*STATUSES, "all") else "open",
        "priority": args.get("priority") if args.get("priority") in PRIORITIES else "",
        "category": args.get("category") if args.get("category") in CATEGORIES else "",
        "agency": args.get("agency") if args.get("agency") in AGENCIES else "",
        "channel": args.get("channel") if args.get("channel") in CHANNELS else "",
        "flag": args.get("flag") if args.get("flag") in FLAGS else "",
        "language": args.get("language")
        if args.get("language") in runtime().catalogs.status or args.get("language") == "en"
        else "",
        "since": _date(args.get("since")),
        "until": _date(args.get("until")),
        "q": (args.get("q") or "").strip()[:200],
    }
    return picked


def _date(raw: str | None) -> date | None:
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def _sla(ticket: Ticket, now: datetime, locale: str) -> dict[str, Any]:
    if ticket.status != "new":
        return {"state": "done", "text": _("acknowledged")}
    due = ticket.created_at + SLA[ticket.priority]
    left = due - now
    words = format_timedelta(abs(left), granularity="minute", threshold=1.1, locale=locale)
    if left.total_seconds() < 0:
        return {"state": "overdue", "text": _("overdue by %(time)s", time=words)}
    return {"state": "due", "text": _("due in %(time)s", time=words)}


def filtered_tickets(picked: dict[str, Any]) -> list[Ticket]:
    """The queue's tickets for these filters: most urgent first, then oldest first, so the
    longest-waiting emergency leads."""
    query = db.select(Ticket)
    if picked["status"] == "open":
        query = query.where(Ticket.status.in_(OPEN_STATUSES))
    elif picked["status"] != "all":
        query = query.where(Ticket.status == picked["status"])
    for name in ("priority", "category", "agency", "channel", "language"):
        if picked[name]:
            query = query.where(getattr(Ticket, name) == picked[name])
    zone = runtime().settings.zone
    if picked["since"]:
        start = datetime.combine(picked["since"], datetime.min.time(), tzinfo=zone)
        query = query.where(Ticket.created_at >= start.astimezone(UTC))
    if picked["until"]:
        end = datetime.combine(
            picked["until"] + timedelta(days=1), datetime.min.time(), tzinfo=zone
        )
        query = query.where(Ticket.created_at < end.astimezone(UTC))
    if picked["q"]:
        # Words are matched through the blind index; nothing here decrypts a report.
        ids = search.matching(runtime(), picked["q"])
        if ids is not None:
            query = query.where(Ticket.id.in_(ids))
    query = query.order_by(Ticket.priority, Ticket.created_at).limit(QUEUE_LIMIT)
    return [
        t
        for t in db.session.scalars(query)
        if not picked["flag"] or picked["flag"] in (t.flags or [])
    ]


@bp.get("/")
def queue() -> str:
    picked = filters()
    tickets = filtered_tickets(picked)
    zone = runtime().settings.zone
    now = _now()
    locale = page_locale()
    rows = [
        {
            "ticket": t,
            "sla": _sla(t, now, locale),
            "why": (reason_lines(t, _) or [""])[0],
            "received": format_datetime(t.created_at.astimezone(zone), "short", locale=locale),
        }
        for t in tickets
    ]
    return render_template(
        "staff/queue.html",
        rows=rows,
        picked=picked,
        statuses=STATUSES,
        priorities=PRIORITIES,
        categories=CATEGORIES,
        agencies=AGENCIES,
        channels=CHANNELS,
        flags=FLAGS,
        languages=sorted({"en", *runtime().catalogs.status}),
        staff=g.staff,
    )
