"""axe-core finds no serious or critical accessibility problem on the resident pages."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page

from .conftest import AXE, BOT, LiveServer, Pages, js_turn

PAGES = ("/", "/chat", "/rights", "/receipt")
BLOCKING = ("serious", "critical")


def _violations(page: Page, where: str) -> list[str]:
    page.add_script_tag(path=AXE)
    results: dict[str, Any] = page.evaluate("() => axe.run(document)")
    found = []
    for violation in results["violations"]:
        if violation["impact"] in BLOCKING:
            targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"])
            found.append(f"{where}: {violation['id']} ({violation['impact']}): {targets}")
    return found


@pytest.mark.parametrize("lang", ["en", "es"])
def test_pages_have_no_serious_accessibility_violations(
    open_page: Pages, live_server: LiveServer, lang: str
) -> None:
    assert AXE.exists(), "axe-core is missing: run `npm ci --prefix tests/browser`"
    # The pages' CSP rightly refuses injected scripts; this context lets axe in.
    page = open_page(bypass_csp=True)
    found = []
    for path in PAGES:
        page.goto(live_server(f"{path}?lang={lang}"))
        found += _violations(page, path)

    # The chat mid-conversation, with choice buttons, as JavaScript draws it.
    page.goto(live_server(f"/chat?lang={lang}"))
    page.fill("#chat-input", "Agents questioned people at the bus stop yesterday")
    js_turn(page, lambda: page.click("#chat-send"))
    assert page.locator("#chat-choices button").count() > 0
    assert page.locator(BOT).count() == 3
    found += _violations(page, "/chat (choices)")

    assert not found, "\n".join(found)
