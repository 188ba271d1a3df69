"""The chat and the rights page in every one of the 14 languages, as a resident opens them.

Each page must declare its language and direction (Arabic and Urdu right to left), show the
heading and the first question in that language, and a chat turn must be answered in it.
Screenshots of Arabic, Urdu, Chinese and Gujarati go to tests/browser/screenshots/ for people
to look at.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from app.i18n import ALL_LOCALES, RTL_LOCALES
from app.runtime import runtime

from .conftest import SCREENSHOTS, LiveServer, Pages, js_turn

BOT = "#chat-log li.msg.bot"
SHOWN = ("ar", "ur", "zh_Hans", "gu")


def _t(live_server: LiveServer, locale: str, msgid: str) -> str:
    with live_server.app.app_context():
        return runtime().catalogs.translate(locale, msgid)


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_chat_and_rights_speak_each_language(
    open_page: Pages, live_server: LiveServer, locale: str
) -> None:
    html_lang = locale.replace("_", "-")
    direction = "rtl" if locale in RTL_LOCALES else "ltr"
    page = open_page()

    page.goto(live_server(f"/rights?lang={locale}"))
    expect(page.locator("html")).to_have_attribute("lang", html_lang)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    expect(page.locator("h1")).to_have_text(_t(live_server, locale, "Know your rights"))

    page.goto(live_server(f"/chat?lang={locale}"))
    expect(page.locator("html")).to_have_attribute("lang", html_lang)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    expect(page.locator("h1")).to_have_text(_t(live_server, locale, "Report what happened"))
    with live_server.app.app_context():
        flow = runtime().flows["intake"]
        first = runtime().catalogs.translate(locale, flow.steps["what_happened"].prompt_for("web"))
        when = runtime().catalogs.translate(locale, flow.steps["when"].prompt_for("web"))
        where = runtime().catalogs.translate(locale, flow.steps["where"].prompt_for("web"))
    expect(page.locator(BOT).first).to_contain_text(first[:15])
    if locale in SHOWN:
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{locale}-chat-start.png", animations="disabled")

    page.fill("#chat-input", "ICE")
    js_turn(page, lambda: page.click("#chat-send"))
    expect(page.locator(BOT).last).to_contain_text(when[:10])
    # The skip button sends this language's skip word, and the engine understands it.
    js_turn(page, lambda: page.click("#chat-skip"))
    expect(page.locator(BOT).last).to_contain_text(where[:10])
    if locale in SHOWN:
        page.screenshot(path=SCREENSHOTS / f"{locale}-chat-turn.png", animations="disabled")
