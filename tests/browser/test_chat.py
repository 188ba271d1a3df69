"""The resident web chat in a real browser: without JavaScript, with it, and in Spanish."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import (
    BOT,
    RECEIPT,
    RESIDENT,
    LiveServer,
    Pages,
    js_skip_to_receipt,
    js_turn,
)

STORY = "Agents questioned people at the bus stop on 26th Street yesterday"


def _loads(page: Page) -> list[str]:
    """Every full document load of the page's main frame, from here on."""
    loads: list[str] = []
    page.on("load", lambda loaded: loads.append(loaded.url))
    return loads


def test_without_javascript_every_turn_is_a_page_and_the_receipt_shows(
    open_page: Pages, live_server: LiveServer
) -> None:
    page = open_page(javascript=False)
    loads = _loads(page)
    page.goto(live_server("/chat"))
    expect(page.locator(BOT).first).to_contain_text("What happened?")
    expect(page.locator("#receipt")).to_be_hidden()

    page.fill("#chat-input", STORY)
    with page.expect_navigation():
        page.click("#chat-send")
    turns = 1
    expect(page.locator(RESIDENT)).to_have_text(STORY)
    expect(page.locator(BOT).last).to_contain_text("When did it happen?")
    expect(page.locator("#chat-choices button")).to_have_text(["1. It is happening now"])

    while page.locator("#receipt").is_hidden():
        assert turns < 20, "no receipt after skipping every question"
        with page.expect_navigation():
            page.click("#chat-skip")
        turns += 1
        # One page per turn: it shows what was just sent and the bot's answer, nothing older.
        expect(page.locator(RESIDENT)).to_have_text("SKIP")

    receipt = page.locator("#receipt .number").inner_text()
    assert RECEIPT.fullmatch(receipt), receipt
    expect(page.locator("#receipt")).to_contain_text("Your report is saved")
    expect(page.locator(BOT).last).to_contain_text(receipt)
    expect(page.locator("#chat-form")).to_be_hidden()

    assert len(loads) == turns + 1, loads
    sent = [r for r in open_page.watch(page).requests if r.method == "POST"]
    assert len(sent) == turns
    assert all(r.url == live_server("/chat") and r.is_navigation_request() for r in sent)


def test_with_javascript_the_page_never_reloads(open_page: Pages, live_server: LiveServer) -> None:
    page = open_page()
    loads = _loads(page)
    page.goto(live_server("/chat"))
    page.evaluate("window.__marker = 1")
    expect(page.locator(BOT)).to_have_count(1)

    page.fill("#chat-input", STORY)
    js_turn(page, lambda: page.click("#chat-send"))
    expect(page.locator(RESIDENT)).to_have_text([STORY])
    expect(page.locator(BOT).last).to_contain_text("When did it happen?")
    expect(page.locator("#chat-choices button")).to_have_text(["1. It is happening now"])
    expect(page.locator("#chat-input")).to_have_value("")

    js_turn(page, lambda: page.click("#chat-skip"))  # when
    expect(page.locator(BOT).last).to_contain_text("Where did it happen?")
    expect(page.locator("#chat-choices button")).to_have_count(0)
    js_turn(page, lambda: page.click("#chat-skip"))  # where
    expect(page.locator(BOT).last).to_contain_text("Who were the agents?")
    choices = page.locator("#chat-choices button")
    expect(choices).to_have_count(6)
    expect(choices.first).to_have_text("1. ICE (immigration)")

    js_turn(page, lambda: choices.first.click())
    expect(page.locator(RESIDENT).last).to_have_text("1. ICE (immigration)")
    expect(page.locator(BOT).last).to_contain_text("How many agents and vehicles?")
    turns = 4

    receipt, skipped = js_skip_to_receipt(page)
    turns += skipped
    expect(page.locator("#receipt")).to_be_visible()
    expect(page.locator("#receipt")).to_be_focused()
    expect(page.locator(BOT).last).to_contain_text(receipt)
    expect(page.locator("#chat-form")).to_be_hidden()
    # The conversation stayed on screen: every message sent is still in the log.
    expect(page.locator(RESIDENT)).to_have_count(turns)
    expect(page.locator(RESIDENT).first).to_have_text(STORY)
    assert page.locator(BOT).count() > turns

    assert page.evaluate("window.__marker") == 1, "the page reloaded"
    assert loads == [live_server("/chat")]
    posts = [r for r in open_page.watch(page).requests if r.method == "POST"]
    assert [r.url for r in posts] == [live_server("/api/v1/chat")] * turns


def test_spanish_chat_speaks_spanish(open_page: Pages, live_server: LiveServer) -> None:
    page = open_page()
    page.goto(live_server("/chat?lang=es"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator("h1")).to_have_text("Reporte lo que pasó")
    expect(page.locator(BOT).first).to_contain_text("¿Qué pasó?")
    expect(page.locator("#chat-skip")).to_have_text("Saltar esta pregunta")

    page.fill("#chat-input", "Vi agentes de inmigración en la parada del autobús")
    js_turn(page, lambda: page.click("#chat-send"))
    expect(page.locator(BOT).last).to_contain_text("¿Cuándo pasó?")
    expect(page.locator("#chat-choices button")).to_have_text(["1. Está pasando ahora"])
    # The skip button sends the Spanish keyword, and the engine understands it.
    js_turn(page, lambda: page.click("#chat-skip"))
    expect(page.locator(RESIDENT).last).to_have_text("SALTAR")
    expect(page.locator(BOT).last).to_contain_text("¿Dónde pasó?")
