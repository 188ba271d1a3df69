"""The authorization matrix: every route and method against no sign-in, viewer, analyst and admin.

ACCESS below is the one place that says who may use each endpoint. A route the app has and
ACCESS does not name fails the test (a new route must have its access decided here), and so
does an entry naming an endpoint or method the app no longer has.

Each request is made the way a real caller makes it: staff sign in through /staff/login with
their TOTP code and replace the one-time password first; the API gets real bearer tokens
from `flask staff token`; staff forms carry a valid CSRF token scraped from a page, so a 403
means the role and never a missing token. URL parameters are real: one report filed through
the web chat with a JPEG, so `<ticket_id>` and `<media_id>` name a ticket and a photo that
exist (a 404 can only mean a refusal), and its receipt opens the public receipt page.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pyotp
import pytest
from conftest import ACCOUNT_SID, HOTLINE, PUBLIC_BASE, Phone, sign
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from PIL import Image
from test_staff import create, csrf, login
from werkzeug.routing import Rule
from werkzeug.test import TestResponse

from app.extensions import db
from app.models import Ticket
from app.models.staff import ROLES

# -- the table ---------------------------------------------------------------------------

ANONYMOUS = "anonymous"
ANYONE = "anyone"  # no sign-in needed
SIGNED = "twilio-signature"  # only a request Twilio signed
# Least to most; a role may do everything a lower one may.
RANK = {"viewer": 1, "analyst": 2, "admin": 3}
IDENTITIES = (ANONYMOUS, "viewer", "analyst", "admin")

PUBLIC = "public"  # resident pages, static files, health: everyone, signed in or not
PARTNER = "partner"
TWILIO = "twilio"  # webhooks: 403 without X-Twilio-Signature, whoever asks
DEV_ONLY = "dev-only"  # registered only when TESTIGO_ENV=development
LOGIN = "login"  # the sign-in form: open to everyone
LOGOUT = "logout"  # ends a session; anonymous has none (302 to sign-in)
STAFF = "staff"  # dashboard: 302 to /staff/login without sign-in, 403 below the least role
API = "api"  # bearer token: 401 without one, 403 below the least role


@dataclass(frozen=True)
class Access:
    kind: str
    methods: Mapping[str, str]  # method -> least role, ANYONE or SIGNED
    too_low: str = "403"  # the answer to a signed-in role below the least one


def public(*methods: str) -> Access:
    return Access(PUBLIC, dict.fromkeys(methods, ANYONE))


def twilio() -> Access:
    return Access(TWILIO, {"POST": SIGNED})


def staff(too_low: str = "403", **least: str) -> Access:
    return Access(STAFF, least, too_low)


def api(**least: str) -> Access:
    return Access(API, least)


def partner(*methods: str) -> Access:
    # A partner key is its own credential: no staff session or staff token stands in for it.
    return Access(PARTNER, dict.fromkeys(methods, ANYONE))


ACCESS: dict[str, Access] = {
    # Residents: no account, no cookie, nothing to sign in to.
    "public.landing": public("GET"),
    "public.rights": public("GET"),
    "public.receipt": public("GET"),
    "public.receipt_post": public("POST"),
    "public.healthz": public("GET"),
    "webchat.chat": public("GET"),
    "webchat.chat_post": public("POST"),
    "webchat_api.chat": public("POST"),
    "static": public("GET"),
    # Twilio: the signature is the only credential; a staff session or token is no substitute.
    "sms.inbound": twilio(),
    "sms.status": twilio(),
    "voice.incoming": twilio(),
    "voice.language": twilio(),
    "voice.main": twilio(),
    "voice.menu": twilio(),
    "voice.dialed": twilio(),
    "voice.answer": twilio(),
    "voice.transcription": twilio(),
    "voice.recording_status": twilio(),
    # The phone simulator signs its own requests: development only, never in testing.
    "simulator.phone": Access(DEV_ONLY, {"GET": ANYONE, "POST": ANYONE}),
    # Staff sign-in and sign-out (staff.PUBLIC_ENDPOINTS lists only the login form).
    "staff.login": Access(LOGIN, {"GET": ANYONE, "POST": ANYONE}),
    "staff.logout": Access(LOGOUT, {"POST": "viewer"}),
    # The dashboard.
    "staff.queue": staff(GET="viewer"),
    "staff.password": staff(GET="viewer", POST="viewer"),
    "staff_tickets.show": staff(GET="viewer"),  # viewers see facts, not the resident's words
    "staff_tickets.act": staff(POST="analyst"),  # tickets.WRITERS
    # tickets.READERS
    "staff_tickets.media": staff(GET="analyst"),
    "staff_records.export_csv": staff(GET="analyst"),  # records.EXPORTERS
    "staff_records.export_json": staff(GET="analyst"),
    "staff_records.audit_log": staff(GET="admin"),
    "staff_roster.roster": staff(GET="admin"),  # roster._admin
    "staff_roster.change": staff(POST="admin"),
    # The staff API.
    "api_tickets.list_tickets": api(GET="viewer"),
    "api_tickets.get_ticket": api(GET="viewer"),
    "api_tickets.patch_ticket": api(PATCH="analyst"),
    # Partner organizations' tools (tests/test_partner_api.py holds the allowed case).
    "api_partners.create_report": partner("POST"),
}

# For looking up a route the table does not name.
UNDECIDED = Access("undecided", {})
# Run last, in this order: signing in again, changing the password, then signing out.
LAST = ("staff.login", "staff.password", "staff.logout")
NEW_PASSWORD = "a long new passphrase"
LATER_PASSWORD = "another long passphrase"

# -- the people and the report -------------------------------------------------------------


@dataclass
class Who:
    name: str
    client: FlaskClient
    email: str = ""
    password: str = ""
    totp_secret: str = ""
    token: str = ""

    @property
    def role(self) -> str | None:
        return None if self.name == ANONYMOUS else self.name

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}


@dataclass
class World:
    app: Flask
    people: dict[str, Who]
    newcomer: Who  # has an account but no session: what anonymous signs in with
    receipt: str
    # A real value for every URL parameter of every rule; a rule with a parameter not named
    # here shows in the matrix as "no value for URL parameter ...".
    url_values: dict[str, Any]


SESSION = re.compile(r'name="session" value="([^"]+)"')
RECEIPT = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{4}\b")


def _session_token(html: str) -> str:
    found = SESSION.search(html)
    assert found, html
    return found.group(1)


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "JPEG")
    return buffer.getvalue()


def file_report_with_photo(client: FlaskClient) -> str:
    """A resident's web-chat report with one photo, skipped to the end; its receipt."""
    page = client.get("/chat").get_data(as_text=True)
    html = client.post(
        "/chat",
        data={
            "session": _session_token(page),
            "text": "ICE agents are at my door right now",
            "media": (io.BytesIO(_jpeg()), "photo.jpg", "image/jpeg"),
        },
        content_type="multipart/form-data",
    ).get_data(as_text=True)
    for _ in range(30):
        found = RECEIPT.search(html)
        if found:
            return found.group(0)
        reply = client.post("/chat", data={"session": _session_token(html), "skip": "1"})
        assert reply.status_code == 200, reply.get_data(as_text=True)
        html = reply.get_data(as_text=True)
    raise AssertionError("the chat never gave a receipt")


def sign_in(app: Flask, runner: FlaskCliRunner, role: str) -> Who:
    """A staff member signed in through the real form, one-time password replaced."""
    email = f"{role}@oversight.example"
    password, secret = create(runner, email, role)
    who = Who(role, app.test_client(), email, password, secret)
    assert login(who.client, email, password, pyotp.TOTP(secret).now()).status_code == 302
    page = who.client.get("/staff/password").get_data(as_text=True)
    changed = who.client.post(
        "/staff/password",
        data={
            "csrf_token": csrf(page),
            "current": password,
            "new": NEW_PASSWORD,
            "again": NEW_PASSWORD,
        },
    )
    assert changed.status_code == 302, changed.get_data(as_text=True)
    who.password = NEW_PASSWORD
    issued = runner.invoke(args=["staff", "token", email])
    assert issued.exit_code == 0, issued.output
    who.token = issued.output.strip()
    return who


@pytest.fixture
def world(app: Flask, runner: FlaskCliRunner) -> World:
    receipt = file_report_with_photo(app.test_client())
    with app.app_context():
        ticket = db.session.scalars(db.select(Ticket)).one()
        assert ticket.media, "the photo was not kept"
        ticket_id, media_id = str(ticket.id), int(ticket.media[0].id)
    people = {ANONYMOUS: Who(ANONYMOUS, app.test_client())}
    for role in RANK:
        people[role] = sign_in(app, runner, role)
    password, secret = create(runner, "newcomer@oversight.example", "viewer")
    newcomer = Who("viewer", app.test_client(), "newcomer@oversight.example", password, secret)
    return World(
        app,
        people,
        newcomer,
        receipt,
        url_values={"ticket_id": ticket_id, "media_id": media_id, "filename": "testigo.css"},
    )


# -- requests ------------------------------------------------------------------------------


def staff_csrf(client: FlaskClient) -> str:
    """A CSRF token for this client's session; the sign-in page shows one to anyone."""
    return csrf(client.get("/staff/login").get_data(as_text=True))


def twilio_params() -> dict[str, str]:
    return {
        "AccountSid": ACCOUNT_SID,
        "MessageSid": "SM" + "a" * 32,
        "CallSid": "CA" + "b" * 32,
        "From": "+13125550177",
        "To": HOTLINE,
        "Body": "hello",
        "NumMedia": "0",
        "MessageStatus": "delivered",
        "CallStatus": "in-progress",
        "Digits": "1",
    }


Body = Callable[[World, Who], dict[str, Any]]


def _chat_post(world: World, who: Who) -> dict[str, Any]:
    page = who.client.get("/chat").get_data(as_text=True)
    return {"data": {"session": _session_token(page), "text": "agents on my street"}}


def _login_post(world: World, who: Who) -> dict[str, Any]:
    # Anonymous signs in on a client of its own, so its own client stays signed out.
    return {
        "data": {
            "csrf_token": staff_csrf(who.client),
            "email": who.email,
            "password": who.password,
            "code": pyotp.TOTP(who.totp_secret).at(time.time() + 30),  # a code is used once
        }
    }


def _password_post(world: World, who: Who) -> dict[str, Any]:
    return {
        "data": {
            "csrf_token": staff_csrf(who.client),
            "current": who.password or NEW_PASSWORD,
            "new": LATER_PASSWORD,
            "again": LATER_PASSWORD,
        }
    }


def _roster_post(world: World, who: Who) -> dict[str, Any]:
    return {
        "data": {
            "csrf_token": staff_csrf(who.client),
            "action": "add",
            "label": f"{who.name} test responder",
            "number": "+13125550188",
            "hours": "always",
        }
    }


def _act_post(world: World, who: Who) -> dict[str, Any]:
    return {
        "data": {
            "csrf_token": staff_csrf(who.client),
            "action": "note",
            "text": "authorization matrix check",
        }
    }


# What a valid request sends, where a bare one would not do. Staff POSTs without an entry
# send only a CSRF token; Twilio routes get Twilio's parameters, never a signature.
BODIES: dict[tuple[str, str], Body] = {
    ("webchat.chat_post", "POST"): _chat_post,
    ("webchat_api.chat", "POST"): lambda w, who: {"json": {"session": None, "text": ""}},
    ("public.receipt_post", "POST"): lambda w, who: {"data": {"receipt": w.receipt}},
    ("staff.login", "POST"): _login_post,
    ("staff.password", "POST"): _password_post,
    ("staff_tickets.act", "POST"): _act_post,
    ("staff_roster.change", "POST"): _roster_post,
    ("api_tickets.patch_ticket", "PATCH"): lambda w, who: {"json": {"status": "in_review"}},
    ("api_partners.create_report", "POST"): lambda w, who: {"json": {"narrative": "agents seen"}},
}


def body_for(world: World, access: Access, endpoint: str, method: str, who: Who) -> dict[str, Any]:
    if (endpoint, method) in BODIES:
        return BODIES[(endpoint, method)](world, who)
    if access.kind == TWILIO:
        return {"data": twilio_params()}
    if method != "GET" and access.kind in (STAFF, LOGOUT, LOGIN):
        return {"data": {"csrf_token": staff_csrf(who.client)}}
    return {}


def outcome(response: TestResponse) -> str:
    """allowed, login (sent to sign in), or the refusing status code."""
    code = response.status_code
    if 300 <= code < 400 and urlsplit(response.headers.get("Location", "")).path == (
        "/staff/login"
    ):
        return "login"
    if 200 <= code < 400:
        return "allowed"
    return str(code)


def expected(access: Access, method: str, who: Who) -> str:
    role = who.role
    if access.kind in (PUBLIC, LOGIN):
        return "allowed"
    if access.kind == TWILIO:
        return "403"
    if access.kind == PARTNER:
        return "401"
    if access.kind == LOGOUT:
        return "signed out" if role else "login"
    least = access.methods[method]
    if role is None:
        return "login" if access.kind == STAFF else "401"
    if RANK[role] < RANK[least]:
        return access.too_low if access.kind == STAFF else "403"
    return "allowed"


def path_for(rule: Rule, values: Mapping[str, Any]) -> str:
    missing = sorted(set(rule.arguments) - set(values))
    if missing:
        raise LookupError(f"no value for URL parameter {', '.join(missing)}: add it to url_values")
    built = rule.build({name: values[name] for name in rule.arguments}, append_unknown=False)
    assert built is not None, rule.rule
    return built[1]


def attempt(world: World, rule: Rule, method: str, access: Access, who: Who) -> str:
    try:
        path = path_for(rule, world.url_values)
    except LookupError as exc:
        return str(exc)
    caller = who
    if access.kind == LOGIN and method == "POST" and who.role is None:
        caller = world.newcomer  # a real account, signing in from a browser with no session
    kwargs = body_for(world, access, rule.endpoint, method, caller)
    response = caller.client.open(path, method=method, headers=who.headers(), **kwargs)
    try:
        got = outcome(response)
    finally:
        response.close()
    if access.kind == LOGOUT and who.role is not None:
        after = who.client.get("/staff/")
        after.close()
        if got == "login" and outcome(after) == "login":
            return "signed out"
        return f"{got}, then /staff/ {outcome(after)}"
    return got


# -- the tests -----------------------------------------------------------------------------


def route_methods(app: Flask) -> list[tuple[Rule, str]]:
    return [
        (rule, method)
        for rule in app.url_map.iter_rules()
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})
    ]


def test_the_roles_are_the_ones_the_table_ranks() -> None:
    assert set(ROLES) == set(RANK), "a role was added or removed: rank it in RANK"


def test_every_route_has_its_access_decided(app: Flask) -> None:
    registered = route_methods(app)
    undecided = [
        f"{method} {rule.rule} ({rule.endpoint})"
        for rule, method in registered
        if method not in ACCESS.get(rule.endpoint, UNDECIDED).methods
    ]
    present = {(rule.endpoint, method) for rule, method in registered}
    stale = [
        f"{method} {endpoint}"
        for endpoint, access in ACCESS.items()
        if access.kind != DEV_ONLY
        for method in access.methods
        if (endpoint, method) not in present
    ]
    leaked = sorted(
        {endpoint for endpoint, _ in present if ACCESS.get(endpoint, UNDECIDED).kind == DEV_ONLY}
    )
    assert not undecided, "routes with no access decided; add them to ACCESS:\n" + "\n".join(
        undecided
    )
    assert not stale, "ACCESS names what the app does not have:\n" + "\n".join(stale)
    assert not leaked, f"development-only routes are registered in testing: {leaked}"


def test_development_only_routes_exist_in_development(make_app: Callable[..., Flask]) -> None:
    development = make_app(env="development")
    registered = route_methods(development)
    present = {(rule.endpoint, method) for rule, method in registered}
    missing = [
        f"{method} {endpoint}"
        for endpoint, access in ACCESS.items()
        if access.kind == DEV_ONLY
        for method in access.methods
        if (endpoint, method) not in present
    ]
    undecided = [
        f"{method} {rule.rule} ({rule.endpoint})"
        for rule, method in registered
        if method not in ACCESS.get(rule.endpoint, UNDECIDED).methods
    ]
    assert not missing, "ACCESS names development routes that no longer exist: " + str(missing)
    assert not undecided, "development routes with no access decided: " + str(undecided)


def test_twilio_routes_answer_a_signed_request(app: Flask, client: FlaskClient) -> None:
    """The control for the matrix: the 403 there is the missing signature, nothing else."""
    refused = []
    for rule, method in route_methods(app):
        if ACCESS.get(rule.endpoint, UNDECIDED).kind != TWILIO:
            continue
        params = twilio_params()
        signature = sign(PUBLIC_BASE + rule.rule, params)
        response = client.open(
            rule.rule, method=method, data=params, headers={"X-Twilio-Signature": signature}
        )
        response.close()
        if response.status_code == 403 or response.status_code >= 500:
            refused.append(f"{method} {rule.rule}: {response.status_code}")
    assert not refused, "signed Twilio requests refused or failed:\n" + "\n".join(refused)


def test_authorization_matrix(world: World) -> None:
    runs = sorted(
        route_methods(world.app),
        key=lambda rm: (
            LAST.index(rm[0].endpoint) if rm[0].endpoint in LAST else -1,
            rm[0].rule,
            rm[1],
        ),
    )
    rows: list[tuple[str, str, str, str, str]] = []
    for rule, method in runs:
        access = ACCESS.get(rule.endpoint)
        for name in IDENTITIES:
            if access is None or method not in access.methods:
                rows.append((rule.rule, method, name, "UNDECIDED: add to ACCESS", "-"))
                continue
            who = world.people[name]
            rows.append(
                (
                    rule.rule,
                    method,
                    name,
                    expected(access, method, who),
                    attempt(world, rule, method, access, who),
                )
            )
    wrong = [row for row in rows if row[3] != row[4]]
    if wrong:
        pytest.fail(render(wrong, rows), pytrace=False)


ACTION = re.compile(r'name="action" value="([^"]+)"')


def test_a_viewer_is_refused_every_action_of_the_ticket_page(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    """staff_tickets.act is one route with many actions (note, status, merge, split...): every
    action the ticket page's forms can send, a viewer is refused with 403 and nothing changes.
    The actions come from the template itself, so a new one is checked without a change here."""
    Phone(client, "+13125550178").send("ICE agents are at my door right now")
    with app.app_context():
        ticket_id = str(db.session.scalars(db.select(Ticket)).one().id)
        before = ticket_state(ticket_id)
    source, _, _ = app.jinja_env.loader.get_source(app.jinja_env, "staff/ticket.html")
    offered = set(ACTION.findall(source))
    assert {"note", "status", "merge", "split"} <= offered, offered
    viewer = sign_in(app, runner, "viewer")
    path = f"/staff/tickets/{ticket_id}"
    answers = {}
    for action in sorted(offered):
        response = viewer.client.post(
            path,
            data={
                "csrf_token": staff_csrf(viewer.client),
                "action": action,
                "text": "a viewer's words",
                "status": "closed",
                "priority": "P4",
                "reason": "viewer trying",
                "assignee": viewer.email,
                "target": ticket_id,
            },
        )
        answers[action] = response.status_code
    assert answers == dict.fromkeys(answers, 403), answers
    with app.app_context():
        assert ticket_state(ticket_id) == before


def ticket_state(ticket_id: str) -> tuple[object, ...]:
    ticket = db.session.get(Ticket, ticket_id)
    assert ticket is not None
    return (
        ticket.status,
        ticket.priority,
        ticket.assignee_id,
        ticket.incident_id,
        ticket.updated_at,
        len(ticket.messages),
    )


HEADER = ("route", "method", "role", "expected", "got")


def render(wrong: list[tuple[str, str, str, str, str]], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(str(row[i])) for row in [HEADER, *rows]) for i in range(5)]

    def line(row: tuple[str, ...], mark: str = " ") -> str:
        return mark + "  ".join(
            str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)
        )

    mismatches = "\n".join(line(row, "✗") for row in wrong)
    everything = "\n".join(line(row, "✗" if row in wrong else " ") for row in rows)
    return (
        f"{len(wrong)} of {len(rows)} cells differ from ACCESS\n\n"
        f"{line(HEADER)}\n{mismatches}\n\nthe whole matrix:\n{line(HEADER)}\n{everything}"
    )
