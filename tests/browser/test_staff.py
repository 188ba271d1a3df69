"""The staff dashboard in a real Chromium: sign-in with TOTP, the queue, a ticket and its
actions, hostile resident text, and what each role may do.

Reports are filed through the real SMS webhook (signed as Twilio signs, for the live
server's own address) before anyone signs in; staff are made with `flask staff create`.
Screenshots of the queue and a ticket at a desk's size go to tests/browser/screenshots/.
"""

from __future__ import annotations

import re
import time

import pyotp
from conftest import Phone, sign
from playwright.sync_api import Page, ViewportSize, expect

from app.demo import load_demo
from app.extensions import db
from app.models import Ticket
from app.runtime import runtime

from .conftest import SCREENSHOTS, LiveServer, Pages

DESK: ViewportSize = {"width": 1440, "height": 900}
NEW_PASSWORD = "a long new passphrase for the desk"
URGENT = "ICE agents are at my door right now"
SPANISH = "la migra está golpeando a mi vecino ahorita"
HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


class LivePhone(Phone):
    """A resident's phone texting the live app, signed for the live server's address."""

    def __init__(self, live: LiveServer, number: str) -> None:
        super().__init__(live.app.test_client(), number)
        self.base = live.url

    def post(self, params: dict[str, str], signature: str | None = None):  # type: ignore[no-untyped-def]
        return super().post(params, signature or sign(self.base + "/twilio/sms", params))


def staff_member(live: LiveServer, email: str, role: str) -> tuple[str, str]:
    """`flask staff create`: the one-time password and the TOTP secret it prints."""
    result = live.app.test_cli_runner().invoke(args=["staff", "create", email, "--role", role])
    assert result.exit_code == 0, result.output
    password = re.search(r"^password: (\S+)$", result.output, re.M)
    secret = re.search(r"^totp_secret: (\S+)$", result.output, re.M)
    assert password and secret, result.output
    return password.group(1), secret.group(1)


def wrong_code(secret: str) -> str:
    """A six-digit code the app will not accept now (not valid in any window it checks)."""
    totp = pyotp.TOTP(secret)
    now = time.time()
    near = {totp.at(now + step) for step in (-60, -30, 0, 30, 60)}
    return next(c for c in (f"{n:06d}" for n in range(123456, 10**6)) if c not in near)


def fill_sign_in(page: Page, live: LiveServer, email: str, password: str, code: str) -> None:
    page.goto(live("/staff/login"))
    page.fill("#email", email)
    page.fill("#password", password)
    page.fill("#code", code)
    with page.expect_navigation():
        page.click("#sign-in")


def sign_in(page: Page, live: LiveServer, email: str, role: str) -> None:
    """A new staff member's first sign-in, the password change included, up to the queue."""
    password, secret = staff_member(live, email, role)
    fill_sign_in(page, live, email, password, pyotp.TOTP(secret).now())
    expect(page).to_have_url(live("/staff/password"))
    page.fill("#current", password)
    page.fill("#new", NEW_PASSWORD)
    page.fill("#again", NEW_PASSWORD)
    with page.expect_navigation():
        page.click("#save-password")
    expect(page.locator("#queue")).to_be_visible()


def ticket_id(live: LiveServer, **where: str) -> str:
    with live.app.app_context():
        return str(db.session.scalars(db.select(Ticket).filter_by(**where)).one().id)


def priorities(page: Page) -> list[str]:
    return page.locator("#queue tbody tr .prio").all_inner_texts()


def open_ticket(page: Page, number: str) -> None:
    with page.expect_navigation():
        page.locator("#queue td.id").get_by_role("link", name=number, exact=True).click()
    expect(page.locator("h1.ticket-head")).to_contain_text(number)


def test_sign_in_with_password_and_totp_then_a_new_password(
    open_page: Pages, live_server: LiveServer
) -> None:
    email = "ana@oversight.example"
    password, secret = staff_member(live_server, email, "analyst")
    page = open_page()

    # Nothing on the dashboard without signing in.
    page.goto(live_server("/staff/"))
    expect(page).to_have_url(live_server("/staff/login"))

    open_page.watch(page).allow_refusal(401, live_server("/staff/login"))
    fill_sign_in(page, live_server, email, password, wrong_code(secret))
    expect(page.get_by_role("alert")).to_have_text(
        "Sign-in failed. Check your email, password and code."
    )
    expect(page).to_have_url(live_server("/staff/login"))
    expect(page.locator("#sign-in")).to_be_visible()
    expect(page.locator("#password")).to_have_value("")  # never written back

    fill_sign_in(page, live_server, email, password, pyotp.TOTP(secret).now())
    expect(page).to_have_url(live_server("/staff/password"))
    expect(page.locator("h1")).to_have_text("Change password")
    expect(page.get_by_text("Choose your own password before you continue.")).to_be_visible()
    # The queue stays out of reach until the one-time password is replaced.
    page.goto(live_server("/staff/"))
    expect(page).to_have_url(live_server("/staff/password"))

    page.fill("#current", password)
    page.fill("#new", NEW_PASSWORD)
    page.fill("#again", NEW_PASSWORD)
    with page.expect_navigation():
        page.click("#save-password")
    expect(page).to_have_url(live_server("/staff/"))
    expect(page.locator("#queue")).to_be_visible()
    expect(page.locator("header .who")).to_have_text(f"{email} (analyst)")
    expect(page.locator("#queue tbody")).to_contain_text("No tickets match these filters.")

    with page.expect_navigation():
        page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(live_server("/staff/login"))
    page.goto(live_server("/staff/"))
    expect(page).to_have_url(live_server("/staff/login"))


def test_queue_puts_the_most_urgent_first_and_filters(
    open_page: Pages, live_server: LiveServer
) -> None:
    finished = LivePhone(live_server, "+13125550191")
    finished.send("I saw agents parked near the school yesterday")
    for _ in range(14):
        finished.send("SKIP")
    LivePhone(live_server, "+13125550192").send(URGENT)
    LivePhone(live_server, "+13125550193").send(SPANISH)
    page = open_page()
    page.set_viewport_size(DESK)
    sign_in(page, live_server, "ana@oversight.example", "analyst")

    order = priorities(page)
    assert len(order) == 3, order
    assert order == sorted(order) and order[0] == "P1" and order[-1] != "P1", order
    expect(page.locator("#queue tbody tr").first.locator(".why")).to_contain_text("P1:")

    page.locator("form.filters select[name=priority]").select_option("P1")
    with page.expect_navigation():
        page.get_by_role("button", name="Filter").click()
    assert "priority=P1" in page.url
    expect(page.locator("#queue tbody tr")).to_have_count(2)
    assert priorities(page) == ["P1", "P1"]
    expect(page.locator("form.filters select[name=priority]")).to_have_value("P1")

    with page.expect_navigation():
        page.get_by_role("link", name="Clear").click()
    expect(page.locator("#queue tbody tr")).to_have_count(3)

    page.locator("form.filters select[name=language]").select_option("es")
    with page.expect_navigation():
        page.get_by_role("button", name="Filter").click()
    rows = page.locator("#queue tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("sms · es")
    assert priorities(page) == ["P1"]

    page.locator("form.filters select[name=language]").select_option("en")
    page.locator("form.filters select[name=priority]").select_option("P1")
    with page.expect_navigation():
        page.get_by_role("button", name="Filter").click()
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("sms · en")
    expect(rows.first).to_have_attribute(
        "data-ticket", ticket_id(live_server, language="en", priority="P1")
    )


def test_hostile_report_text_is_shown_as_text_on_the_ticket_page(
    open_page: Pages, live_server: LiveServer
) -> None:
    story = HOSTILE + " ICE took him right now"
    LivePhone(live_server, "+13125550151").send(story)
    number = ticket_id(live_server)
    # Without the page's Content-Security-Policy, so escaping alone has to keep it inert.
    page = open_page(bypass_csp=True)
    page.set_viewport_size(DESK)
    sign_in(page, live_server, "ana@oversight.example", "analyst")
    assert page.evaluate("typeof window.__pwned") == "undefined"

    open_ticket(page, number)
    expect(page.locator("#narrative")).to_have_text(story)
    expect(page.locator("#narrative")).to_be_visible()
    assert page.locator("#narrative *").count() == 0  # no element made from the text
    assert page.locator("#main img, #main script").count() == 0
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    requested = [r.url for r in open_page.watch(page).requests]
    assert not [u for u in requested if u.rstrip("/").endswith("/x")], requested


def test_each_action_on_the_ticket_page_is_done_and_audited(
    open_page: Pages, live_server: LiveServer
) -> None:
    LivePhone(live_server, "+13125550152").send(URGENT)
    number = ticket_id(live_server)
    email = "ana@oversight.example"
    page = open_page()
    page.set_viewport_size(DESK)
    sign_in(page, live_server, email, "analyst")
    open_ticket(page, number)
    head = page.locator("h1.ticket-head")
    alert = page.get_by_role("alert")
    expect(page.locator("#narrative")).to_have_text(URGENT)
    expect(head.locator(".prio")).to_have_text("P1")

    def press(button: str) -> None:
        with page.expect_navigation():
            page.click(button)

    page.locator("#assignee").select_option(email)
    press("#assign")
    expect(page.locator("dl.meta")).to_contain_text(email)
    expect(page.locator("#assignee")).to_have_value(email)

    page.locator("#status").select_option("in_review")
    press("#set-status")
    expect(head.locator(".tag").first).to_have_text("in_review")
    expect(alert).to_have_count(0)

    page.locator("#status").select_option("closed")
    press("#set-status")
    expect(alert).to_have_text("Closing a ticket needs a reason.")
    expect(head.locator(".tag").first).to_have_text("in_review")

    page.locator("#status").select_option("closed")
    page.fill("#status-reason", "family reached, referred to legal aid")
    press("#set-status")
    expect(alert).to_have_count(0)
    expect(head.locator(".tag").first).to_have_text("closed")

    page.locator("#priority").select_option("P2")
    page.fill("#priority-reason", "agents left, family safe")
    press("#set-priority")
    expect(head.locator(".prio")).to_have_text("P2")
    expect(page.locator("#reasons li").first).to_have_text(
        "P2: set by staff (agents left, family safe)"
    )

    page.fill("#text", "Check CCTV at the corner store")
    press("#add-note")
    note = page.locator("#thread li.m-internal")
    expect(note).to_have_count(1)
    expect(note.locator(".who")).to_contain_text("Internal note")
    expect(note).to_contain_text("Check CCTV at the corner store")

    page.fill("#text", "Thank you. Which corner was it?")
    press("#send-message")
    sent = page.locator("#thread li.m-staff")
    expect(sent).to_have_count(1)
    expect(sent.locator(".who")).to_contain_text("To the resident")
    expect(sent).to_contain_text("Thank you. Which corner was it?")
    expect(page.locator("#text")).to_have_value("")

    trail = page.locator("#trail tr td:nth-child(3)").all_inner_texts()
    for action in ("ticket.assign", "ticket.status", "ticket.priority"):
        assert action in trail, trail
    assert trail.count("ticket.status") == 2, trail  # the refused close left no entry
    assert trail.count("ticket.note") == 1 and trail.count("ticket.message") == 1, trail
    # Newest first, this very look included: the page after sending the message.
    assert trail[0] == "ticket.view" and trail[1] == "ticket.message", trail
    expect(page.locator("#trail")).to_contain_text(email)
    expect(page.locator("#trail")).to_contain_text("agents left, family safe")


def test_each_role_sees_and_does_only_what_it_may(
    open_page: Pages, live_server: LiveServer
) -> None:
    words = URGENT + " on Cicero"
    LivePhone(live_server, "+13125550153").send(words)
    number = ticket_id(live_server)

    viewer = open_page()
    sign_in(viewer, live_server, "vic@oversight.example", "viewer")
    expect(viewer.locator("#queue tbody tr")).to_have_count(1)
    expect(viewer.get_by_role("link", name="Audit log")).to_have_count(0)
    expect(viewer.locator("#export-csv")).to_have_count(0)
    open_ticket(viewer, number)
    expect(viewer.get_by_text("Viewers see the structured facts only.")).to_be_visible()
    expect(viewer.locator("#narrative")).to_have_count(0)
    assert "on Cicero" not in viewer.content()
    expect(viewer.locator("#reasons")).to_contain_text("P1: happening now")
    for form_control in ("#set-status", "#set-priority", "#assign", "#add-note", "#text"):
        expect(viewer.locator(form_control)).to_have_count(0)
    for path in ("/staff/export.csv", "/staff/export.json", "/staff/audit"):
        open_page.watch(viewer).allow_refusal(403, live_server(path))
        response = viewer.goto(live_server(path))
        assert response is not None and response.status == 403, path
        expect(viewer.locator("h1")).to_have_text("Not allowed")

    analyst = open_page()
    sign_in(analyst, live_server, "ana@oversight.example", "analyst")
    expect(analyst.get_by_role("link", name="Audit log")).to_have_count(0)
    with analyst.expect_download() as download:
        analyst.click("#export-csv")
    assert re.fullmatch(r"testigo-queue-\d{4}-\d{2}-\d{2}\.csv", download.value.suggested_filename)
    csv_text = download.value.path().read_text(encoding="utf-8-sig")
    lines = csv_text.splitlines()
    assert lines[0].startswith("id,created_at,updated_at,channel,language,status,priority")
    assert len(lines) == 2 and lines[1].startswith(number + ","), lines
    assert "Cicero" not in csv_text and URGENT not in csv_text  # never the resident's words
    open_page.watch(analyst).allow_refusal(403, live_server("/staff/audit"))
    response = analyst.goto(live_server("/staff/audit"))
    assert response is not None and response.status == 403

    admin = open_page()
    admin.set_viewport_size(DESK)
    sign_in(admin, live_server, "ada@oversight.example", "admin")
    with admin.expect_navigation():
        admin.get_by_role("link", name="Audit log").click()
    expect(admin.locator('#chain[data-intact="true"]')).to_be_visible()
    expect(admin.locator("#chain")).to_contain_text("Chain intact")
    actions = admin.locator("#audit tbody tr td:nth-child(3)").all_inner_texts()
    assert actions[0] == "audit.view", actions
    for action in ("queue.export", "ticket.view", "staff.sign_in", "staff.password_changed"):
        assert action in actions, actions
    export_row = admin.locator("#audit tbody tr", has_text="queue.export")
    expect(export_row).to_contain_text("ana@oversight.example")


def test_screenshots_of_the_queue_and_a_ticket_at_a_desk(
    open_page: Pages, live_server: LiveServer
) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    with live_server.app.app_context():
        load_demo(runtime(), copies=7)
        db.session.commit()
    page = open_page()
    page.set_viewport_size(DESK)
    sign_in(page, live_server, "ada@oversight.example", "admin")
    rows = page.locator("#queue tbody tr")
    assert rows.count() >= 40, rows.count()
    page.screenshot(path=SCREENSHOTS / "staff-queue.png", animations="disabled")
    page.screenshot(
        path=SCREENSHOTS / "staff-queue-full.png", animations="disabled", full_page=True
    )

    # A P2 with the most answers: the Spanish report of a neighbour taken.
    p2 = rows.filter(has=page.locator(".prio", has_text="P2")).filter(has_text="sms · es")
    with page.expect_navigation():
        p2.first.locator("td.id a").click()
    expect(page.locator("h1.ticket-head .prio")).to_have_text("P2")
    expect(page.locator("#facts tr").nth(3)).to_be_visible()
    page.screenshot(path=SCREENSHOTS / "staff-ticket.png", animations="disabled", full_page=True)
