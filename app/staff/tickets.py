"""A ticket for staff: the facts in their language, the resident's own words, the reasons,
media (metadata-stripped), messages, and every action; each view and change is audited."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime
from flask import (
    Blueprint,
    Response,
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
from werkzeug.wrappers import Response as WerkzeugResponse

from app.api.tickets import reason_lines
from app.engine.markers import N_
from app.engine.runner import step_choices
from app.extensions import db
from app.intake import incidents
from app.intake.tickets import latest_answers
from app.jobs.outbox import enqueue
from app.models import AuditEvent, Conversation, MediaItem, StaffMember, Ticket, TicketMessage
from app.models.base import new_id, utcnow
from app.models.ticket import PRIORITIES, STATUSES
from app.places import community_area_name
from app.privacy.media import open_staff_copy
from app.public.pages import page_locale
from app.runtime import runtime
from app.staff import audit
from app.staff.views import require_csrf, require_sign_in, staff_context
from app.triage.identifiers import BADGE, NAME, PLATE

log = logging.getLogger(__name__)
bp = Blueprint("staff_tickets", __name__, url_prefix="/staff/tickets")
bp.before_request(require_sign_in)
WRITERS = ("admin", "analyst")  # viewers read structured facts only
READERS = ("admin", "analyst")  # who may read the resident's words
MAX_NOTE = 5000
# Short names for answers, as staff read them (the questions are written for residents).
FIELD_LABELS = {
    "when": N_("When"),
    "where": N_("Where"),
    "agency": N_("Agency"),
    "agents": N_("Agents and vehicles"),
    "identifiers": N_("Names, badges and plates"),
    "harm": N_("Force, injuries, weapons"),
    "medical_now": N_("Medical help needed now"),
    "detained": N_("Anyone detained"),
    "children": N_("Children"),
    "police": N_("Local police"),
    "warrant": N_("Warrant"),
    "media": N_("Photos or video"),
    "contact_ok": N_("May be texted"),
    "share_ok": N_("May be shared"),
    "recording": N_("Recorded account"),
}
RECENCY = {
    "now": N_("happening now"),
    "within_hour": N_("within the last hour"),
    "today": N_("earlier today"),
    "earlier": N_("before today"),
    "unknown": N_("time unclear"),
}


bp.context_processor(staff_context)


def _ticket(ticket_id: str) -> Ticket:
    ticket = db.session.get(Ticket, ticket_id)
    if ticket is None:
        abort(404)
    return ticket


def language_name(code: str, locale: str) -> str:
    try:
        return str(Locale.parse(code).get_display_name(locale) or code)
    except (ValueError, UnknownLocaleError):
        return code


def _facts(
    ticket: Ticket, conversation: Conversation | None, may_read: bool
) -> list[dict[str, Any]]:
    """Each answer with its question's meaning in the staff member's language."""
    if conversation is None:
        return []
    rt = runtime()
    locale = page_locale()
    flows = {f.ref: f for f in rt.flows.values()}
    flow = flows.get(conversation.flow_ref)
    steps = {s.field: s for s in flow.steps.values()} if flow else {}
    facts = []
    zone = rt.settings.zone
    for field_name, answer in latest_answers(conversation).items():
        if field_name == "narrative":
            continue  # shown above, as the resident's own words
        step = steps.get(field_name)
        label = _(FIELD_LABELS[field_name]) if field_name in FIELD_LABELS else field_name
        value = answer.value
        if answer.skipped:
            shown = _("skipped")
        elif isinstance(value, dict) and "recency" in value and value.get("recency") != "now":
            shown = _(RECENCY.get(str(value["recency"]), RECENCY["unknown"]))
            if value.get("at"):
                at = datetime.fromisoformat(str(value["at"])).astimezone(zone)
                shown += " · " + format_datetime(at, "short", locale=locale)
        elif isinstance(value, dict) and "zip" in value:
            shown = _("ZIP %(zip)s", zip=value["zip"]) if value.get("zip") else ""
        elif step is not None and step_choices(step):
            names = {v: rt.catalogs.translate(locale, lbl) for v, lbl in step_choices(step)}
            if isinstance(value, list):
                shown = ", ".join(str(names.get(v, v)) for v in value)
            elif isinstance(value, dict) and "recency" in value:
                shown = names.get(value["recency"], value["recency"])
            else:
                shown = names.get(str(value), "" if value is None else str(value))
        elif isinstance(value, dict):
            shown = ", ".join(f"{k}: {v}" for k, v in value.items() if v)
        else:
            shown = "" if value is None else str(value)
        words = None
        if answer.text_enc is not None:
            words = rt.vault.decrypt(answer.text_enc) if may_read else _("(hidden for viewers)")
        facts.append({"field": field_name, "label": label, "value": shown, "words": words})
    return facts


@bp.get("/<ticket_id>")
def show(ticket_id: str) -> str:
    rt = runtime()
    ticket = _ticket(ticket_id)
    staff: StaffMember = g.staff
    may_read = staff.role in READERS
    locale = page_locale()
    zone = rt.settings.zone
    conversation = (
        db.session.get(Conversation, ticket.conversation_id) if ticket.conversation_id else None
    )
    narrative = None
    if ticket.narrative_enc is not None:
        narrative = rt.vault.decrypt(ticket.narrative_enc) if may_read else None
    messages = [
        {
            "direction": m.direction,
            "text": rt.vault.decrypt(m.body_enc) if may_read else _("(hidden for viewers)"),
            "author": m.author_id,
            "at": format_datetime(m.created_at.astimezone(zone), "short", locale=locale),
        }
        for m in ticket.messages
    ]
    # Recorded first, so the trail shown includes this very view.
    audit.record(staff.email, "ticket.view", ticket.id, {"read_text": may_read})
    trail = db.session.scalars(
        db.select(AuditEvent).filter_by(ticket_id=ticket.id).order_by(AuditEvent.id.desc())
    ).all()
    db.session.commit()
    return render_template(
        "staff/ticket.html",
        ticket=ticket,
        staff=staff,
        may_write=staff.role in WRITERS,
        narrative=narrative,
        narrative_language=language_name(ticket.language, locale),
        reasons=reason_lines(ticket, _),
        facts=_facts(ticket, conversation, may_read),
        media=ticket.media,
        messages=messages,
        trail=[
            {
                "at": format_datetime(e.at.astimezone(zone), "short", locale=locale),
                "actor": e.actor,
                "action": e.action,
                "detail": e.detail,
            }
            for e in trail
        ],
        received=format_datetime(ticket.created_at.astimezone(zone), "medium", locale=locale),
        linked=db.session.scalars(
            db.select(Ticket)
            .where(Ticket.incident_id == ticket.incident_id, Ticket.id != ticket.id)
            .order_by(Ticket.created_at)
        ).all()
        if ticket.incident_id
        else [],
        patterns=incidents.pattern_links(ticket.id),
        pattern_names={
            BADGE: _("same badge number"),
            NAME: _("same agent name"),
            PLATE: _("same plate"),
        },
        area=community_area_name(ticket.community_area) if ticket.community_area else None,
        staff_list=db.session.scalars(
            db.select(StaffMember).filter_by(active=True).order_by(StaffMember.email)
        ).all(),
        statuses=STATUSES,
        priorities=PRIORITIES,
        # Errors come from this app through the staff session, never from the URL.
        error=next(iter(get_flashed_messages(category_filter=["error"])), None),
    )


@bp.get("/<ticket_id>/media/<int:media_id>")
def media(ticket_id: str, media_id: int) -> Response:
    """The metadata-stripped copy of a photo; nothing else is served from here."""
    ticket = _ticket(ticket_id)
    staff: StaffMember = g.staff
    if staff.role not in READERS:
        abort(403)
    item = db.session.get(MediaItem, media_id)
    if item is None or item.ticket_id != ticket.id:
        abort(404)
    copy = open_staff_copy(runtime().vault, item)
    if copy is None:
        abort(404)
    data, content_type = copy
    audit.record(staff.email, "media.view", ticket.id, {"media": item.id})
    db.session.commit()
    response = Response(data, mimetype=content_type)
    response.headers["Content-Disposition"] = "inline"
    return response


@bp.post("/<ticket_id>")
def act(ticket_id: str) -> WerkzeugResponse:
    ticket = _ticket(ticket_id)
    staff: StaffMember = g.staff
    require_csrf()
    if staff.role not in WRITERS:
        abort(403)
    action = request.form.get("action", "")
    error = _apply(ticket, staff, action)
    if error:
        db.session.rollback()
        flash(error, "error")
        return redirect(url_for("staff_tickets.show", ticket_id=ticket.id))
    ticket.updated_at = utcnow()
    db.session.commit()
    return redirect(url_for("staff_tickets.show", ticket_id=ticket.id))


def _apply(ticket: Ticket, staff: StaffMember, action: str) -> str | None:
    """Carry out one action; an error message (for the page) if it cannot be done."""
    form = request.form
    reason = form.get("reason", "").strip()[:500]
    if action == "assign":
        email = form.get("assignee", "")
        target = db.session.scalars(
            db.select(StaffMember).filter_by(email=email, active=True)
        ).first()
        if email and target is None:
            return _("No active staff member with that email.")
        before = ticket.assignee.email if ticket.assignee else None
        ticket.assignee_id = target.id if target else None
        audit.record(staff.email, "ticket.assign", ticket.id, {"from": before, "to": email or None})
        return None
    if action == "status":
        status = form.get("status", "")
        if status not in STATUSES:
            return _("Choose a status from the list.")
        if status == "closed" and not reason:
            return _("Closing a ticket needs a reason.")
        audit.record(
            staff.email,
            "ticket.status",
            ticket.id,
            {"from": ticket.status, "to": status, "reason": reason or None},
        )
        ticket.status = status
        return None
    if action == "priority":
        priority = form.get("priority", "")
        if priority not in PRIORITIES:
            return _("Choose a priority from the list.")
        if not reason:
            return _("Changing the priority needs a reason.")
        audit.record(
            staff.email,
            "ticket.priority",
            ticket.id,
            {"from": ticket.priority, "to": priority, "reason": reason},
        )
        ticket.priority = priority
        ticket.override_reason = reason
        return None
    if action in ("note", "message"):
        text = form.get("text", "").strip()
        if not text or len(text) > MAX_NOTE:
            return _("Write between 1 and %(count)s characters.", count=MAX_NOTE)
        direction = "internal" if action == "note" else "staff"
        message = TicketMessage(
            ticket_id=ticket.id,
            direction=direction,
            body_enc=runtime().vault.encrypt(text),
            author_id=staff.id,
        )
        db.session.add(message)
        db.session.flush()
        audit.record(staff.email, f"ticket.{action}", ticket.id)
        if action == "message" and ticket.contact_ok and ticket.contact_enc is not None:
            # The resident agreed to be texted: the relay goes through the outbox, and
            # staff never see the number.
            enqueue("relay_message", {"message_id": message.id})
        return None
    if action == "merge":
        target = db.session.get(Ticket, form.get("target", "").strip().upper())
        if target is None or target.id == ticket.id:
            return _("Give the id of another ticket.")
        incident = target.incident_id or ticket.incident_id or new_id("I")
        # Everything already linked to either ticket joins the one incident.
        linked = {ticket.incident_id, target.incident_id} - {None}
        for other in db.session.scalars(db.select(Ticket).where(Ticket.incident_id.in_(linked))):
            other.incident_id = incident
        ticket.incident_id = target.incident_id = incident
        ticket.incident_source = target.incident_source = incidents.STAFF
        audit.record(
            staff.email, "ticket.merge", ticket.id, {"with": target.id, "incident": incident}
        )
        return None
    if action == "split":
        if ticket.incident_id is None:
            return _("This ticket is not part of an incident.")
        audit.record(staff.email, "ticket.split", ticket.id, {"incident": ticket.incident_id})
        left = ticket.incident_id
        ticket.incident_id = None
        # Kept out: automatic linking will not put it back.
        ticket.incident_source = incidents.STAFF
        db.session.flush()
        incidents.drop_if_alone(left)
        return None
    if action == "confirm":
        if ticket.incident_id is None:
            return _("This ticket is not part of an incident.")
        audit.record(staff.email, "ticket.confirm", ticket.id, {"incident": ticket.incident_id})
        ticket.incident_source = incidents.STAFF
        return None
    return _("Unknown action.")
