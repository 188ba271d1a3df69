"""Screenshots at a phone's size for people to look at; nothing in them is asserted.

Written to tests/browser/screenshots/ (git-ignored), one set per language.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import SCREENSHOTS, LiveServer, Pages, js_skip_to_receipt, js_turn

STORIES = {
    "en": "Agents in masks stopped people at the bus stop on 26th Street",
    "es": "Agentes con máscaras pararon a gente en la parada de la calle 26",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_screenshots(open_page: Pages, live_server: LiveServer, lang: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)

    def shot(name: str) -> None:
        page.screenshot(path=SCREENSHOTS / f"{lang}-{name}.png", animations="disabled")

    page = open_page()
    page.goto(live_server(f"/?lang={lang}"))
    shot("1-landing")
    page.goto(live_server(f"/chat?lang={lang}"))
    shot("2-chat-start")
    page.fill("#chat-input", STORIES[lang])
    js_turn(page, lambda: page.click("#chat-send"))
    js_turn(page, lambda: page.click("#chat-skip"))
    js_turn(page, lambda: page.click("#chat-skip"))
    expect(page.locator("#chat-choices button")).to_have_count(6)
    # As the resident sees it: the question at the top, its choices below.
    page.evaluate(
        """() => {
            const question = document.querySelector('#chat-log li.msg.bot:last-child');
            window.scrollTo(0, question.getBoundingClientRect().top + window.scrollY - 90);
        }"""
    )
    shot("3-chat-choices")
    receipt, _ = js_skip_to_receipt(page)
    shot("4-chat-receipt")

    page.goto(live_server(f"/receipt?lang={lang}"))
    shot("5-receipt-form")
    page.fill("#receipt-input", receipt)
    with page.expect_navigation():
        page.click("#receipt-check")
    expect(page.locator("#ticket-status")).to_be_visible()
    shot("6-receipt-status")
