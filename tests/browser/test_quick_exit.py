"""Quick exit: one press leaves for an ordinary site, and the back button does not return."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from app.settings import Settings

from .conftest import LiveServer, Pages, fulfil_exit


def _history(page: Page) -> int:
    return int(page.evaluate("history.length"))


def _leaves(open_page: Pages, page: Page, exit_url: str) -> None:
    fulfil_exit(page, exit_url)
    open_page.watch(page).allow_exit(exit_url)


def test_quick_exit_button_replaces_the_chat_in_history(
    open_page: Pages, live_server: LiveServer, settings: Settings
) -> None:
    exit_url = settings.quick_exit_url
    page = open_page()
    _leaves(open_page, page, exit_url)
    page.goto(live_server("/"))
    with page.expect_navigation():
        page.get_by_role("link", name="Start a report").click()
    assert page.url == live_server("/chat?lang=en")
    page.fill("#chat-input", "They took my neighbor")
    button = page.locator("[data-quick-exit]")
    expect(button).to_have_text("Quick exit")
    expect(button).to_be_in_viewport()
    before = _history(page)

    with page.expect_navigation(url=exit_url):
        button.click()
    expect(page).to_have_title("Weather")
    assert _history(page) == before, "the chat is still in the history"
    page.go_back()
    assert page.url == live_server("/"), "back returned to the chat"


def test_escape_key_leaves_at_once(
    open_page: Pages, live_server: LiveServer, settings: Settings
) -> None:
    exit_url = settings.quick_exit_url
    page = open_page()
    _leaves(open_page, page, exit_url)
    page.goto(live_server("/chat"))
    page.fill("#chat-input", "They took my neighbor")  # typing, focus in the answer box
    before = _history(page)

    with page.expect_navigation(url=exit_url):
        page.keyboard.press("Escape")
    expect(page).to_have_title("Weather")
    assert _history(page) == before, "the chat is still in the history"
    page.go_back()  # to the empty tab the test started from, never to the chat
    assert page.url == "about:blank", "back returned to the chat"


def test_without_javascript_quick_exit_is_a_plain_link(
    open_page: Pages, live_server: LiveServer, settings: Settings
) -> None:
    exit_url = settings.quick_exit_url
    page = open_page(javascript=False)
    _leaves(open_page, page, exit_url)
    page.goto(live_server("/chat"))
    link = page.locator("a[data-quick-exit]")
    expect(link).to_have_attribute("href", exit_url)
    expect(link).to_be_in_viewport()
    with page.expect_navigation(url=exit_url):
        link.click()
    expect(page).to_have_title("Weather")
