"""The on-call roster page (admins): responders and their hours; numbers are never shown."""

from __future__ import annotations

import re
from typing import Any

from flask import (
    Blueprint,
    abort,
    flash,
    g,
    get_flashed_messages,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from app.extensions import db
from app.models import OnCallResponder, StaffMember
from app.models.base import utcnow
from app.runtime import runtime
from app.staff import audit
from app.staff.oncall import HoursError, normalize_hours, on_duty
from app.staff.views import require_csrf, require_sign_in, staff_context

bp = Blueprint("staff_roster", __name__, url_prefix="/staff/oncall")
bp.before_request(require_sign_in)
bp.context_processor(staff_context)
E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def _admin() -> StaffMember:
    staff: StaffMember = g.staff
    if staff.role != "admin":
        abort(403)
    return staff


@bp.get("/")
def roster() -> str:
    _admin()
    responders = db.session.scalars(db.select(OnCallResponder).order_by(OnCallResponder.id)).all()
    now = on_duty(responders, utcnow(), runtime().settings.zone)
    return render_template(
        "staff/oncall.html",
        responders=responders,
        on_duty={r.id for r in now},
        staff=g.staff,
        # Errors come from this app through the staff session, never from the URL.
        error=next(iter(get_flashed_messages(category_filter=["error"])), None),
    )


@bp.post("/")
def change() -> Response:
    staff = _admin()
    require_csrf()
    error = _apply(staff, request.form)
    if error:
        db.session.rollback()
        flash(error, "error")
        return redirect(url_for("staff_roster.roster"))
    db.session.commit()
    return redirect(url_for("staff_roster.roster"))


def _apply(staff: StaffMember, form: Any) -> str | None:
    action = form.get("action", "")
    try:
        hours = normalize_hours(form.get("hours", "always") or "always")
    except HoursError as exc:
        return _("Those hours are not valid: %(reason)s", reason=str(exc))
    if action == "add":
        label = form.get("label", "").strip()[:100]
        number = re.sub(r"[\s().-]", "", form.get("number", ""))
        if not label or not E164.match(number):
            return _("Give a name and a number in international form, like +13125550100.")
        added = OnCallResponder(
            label=label, hours=hours, number_enc=runtime().vault.encrypt(number)
        )
        db.session.add(added)
        db.session.flush()
        audit.record(staff.email, "oncall.add", detail={"responder": added.id})
        return None
    raw_id = form.get("id", "")
    responder = db.session.get(OnCallResponder, int(raw_id)) if raw_id.isdigit() else None
    if responder is None:
        return _("No such responder.")
    if action == "hours":
        responder.hours = hours
    elif action == "toggle":
        responder.active = not responder.active
    elif action == "remove":
        db.session.delete(responder)
    else:
        return _("Unknown action.")
    audit.record(staff.email, f"oncall.{action}", detail={"responder": responder.id})
    return None
