"""A real Chromium against the app served on loopback, watched so nothing leaves the machine.

Every test gets pages from `open_page`: a fresh browser context at a phone's size (390x844)
whose requests and console are recorded. When the test ends the contexts are closed and two
things are checked: every request went to the live server (data: and about: aside, plus the
one quick-exit navigation a test declares), and no page logged an error (page errors and
console errors, except the one line Chromium logs for a page a test expects to be refused).
Requests for anywhere else are also aborted in the browser, so none can leave the machine.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Playwright,
    Request,
    Route,
    expect,
    sync_playwright,
)
from werkzeug.serving import BaseWSGIServer, make_server

HERE = Path(__file__).parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = HERE / "screenshots"
VIEWPORT = {"width": 390, "height": 844}
# Short enough that a broken page fails fast; long enough for two busy cores.
TIMEOUT_MS = 10_000
expect.set_options(timeout=TIMEOUT_MS)
RECEIPT = re.compile(r"\d{4}-\d{4}-\d{4}-\d{4}")


@dataclass
class LiveServer:
    url: str
    app: Flask

    def __call__(self, path: str) -> str:
        return self.url + path


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed (.ci/run installs it)")
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def live_server(make_app: Callable[..., Flask]) -> Iterator[LiveServer]:
    """The app on 127.0.0.1 at a free port, in a thread, for one test."""
    # The app must know its own address (same-origin checks on form posts), and the address
    # is known only once the socket is bound, so the server starts with a forwarder.
    target: list[Flask] = []

    def forward(environ, start_response):  # type: ignore[no-untyped-def]
        return target[0](environ, start_response)

    server: BaseWSGIServer = make_server("127.0.0.1", 0, forward, threaded=True)
    url = f"http://127.0.0.1:{server.server_port}"
    app = make_app(public_base_url=url)
    target.append(app)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(url, app)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@dataclass
class Watch:
    """What one browser context asked for and complained about."""

    origin: str
    requests: list[Request] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    exits: list[str] = field(default_factory=list)
    refusals: list[tuple[int, str]] = field(default_factory=list)

    def allow_exit(self, url: str) -> None:
        """Exempt exactly one navigation to `url` (the quick exit) from the origin check."""
        self.exits.append(url)

    def allow_refusal(self, status: int, url: str) -> None:
        """Exempt the console line Chromium writes for one page answered with an error status
        on purpose (a refused upload is a 400 page): exactly once, for that URL."""
        self.refusals.append((status, url))

    def foreign(self) -> list[Request]:
        local = (self.origin + "/", "data:", "about:")
        return [r for r in self.requests if not r.url.startswith(local)]

    def problems(self) -> list[str]:
        found: list[str] = []
        foreign = self.foreign()
        for url in self.exits:
            match = [r for r in foreign if r.url == url and r.is_navigation_request()]
            if len(match) != 1:
                found.append(f"expected one navigation to the exit {url}, saw {len(match)}")
            else:
                foreign.remove(match[0])
        found += [f"request left the server: {r.method} {r.url}" for r in foreign]
        errors = list(self.errors)
        for status, url in self.refusals:
            line = f"Failed to load resource: the server responded with a status of {status} "
            lines = [e for e in errors if e.startswith(line) and e.endswith(f"({url})")]
            if len(lines) != 1:
                found.append(f"expected one console line for {status} at {url}, saw {len(lines)}")
            else:
                errors.remove(lines[0])
        found += [f"console: {e}" for e in errors]
        return found


@dataclass
class Pages:
    browser: Browser
    server: LiveServer
    contexts: list[tuple[BrowserContext, Watch]] = field(default_factory=list)

    def __call__(self, *, javascript: bool = True, bypass_csp: bool = False) -> Page:
        context = self.browser.new_context(
            viewport=VIEWPORT,  # type: ignore[arg-type]
            locale="en-US",
            java_script_enabled=javascript,
            bypass_csp=bypass_csp,
            service_workers="block",
        )
        context.set_default_timeout(TIMEOUT_MS)
        watch = Watch(self.server.url)
        self.contexts.append((context, watch))
        # Nothing may reach another machine even when a test goes wrong: anything not for the
        # live server is refused here (and still recorded, so the check below reports it).
        foreign = re.compile(r"^(?!" + re.escape(self.server.url) + r"/)(https?|wss?|ftp)://")
        context.route(foreign, lambda route: route.abort("blockedbyclient"))
        context.on("request", lambda request: watch.requests.append(request))

        def console(message: ConsoleMessage) -> None:
            if message.type == "error":
                where = message.location.get("url", "")
                watch.errors.append(f"{message.text} ({where})")

        context.on("console", console)
        context.on("weberror", lambda error: watch.errors.append(f"page error: {error.error}"))
        return context.new_page()

    def watch(self, page: Page) -> Watch:
        return next(w for c, w in self.contexts if c == page.context)

    def close(self) -> list[str]:
        problems = []
        for context, watch in self.contexts:
            context.close()
            problems += watch.problems()
        self.contexts.clear()
        return problems


@pytest.fixture
def open_page(browser: Browser, live_server: LiveServer) -> Iterator[Pages]:
    """`open_page(javascript=..., bypass_csp=...)`: a new page in its own fresh context."""
    pages = Pages(browser, live_server)
    try:
        yield pages
    finally:
        problems = pages.close()
    assert not problems, "\n".join(problems)


def fulfil_exit(page: Page, url: str) -> None:
    """Answer the quick-exit address locally, and let exactly that navigation through."""

    def answer(route: Route) -> None:
        route.fulfill(
            status=200,
            content_type="text/html; charset=utf-8",
            body="<!doctype html><html lang=en><title>Weather</title><p>Sunny, 21°</p></html>",
        )

    page.context.route(url, answer)


BOT = "#chat-log li.msg.bot"
RESIDENT = "#chat-log li.msg.resident"


def js_turn(page: Page, act: Callable[[], None]) -> None:
    """One chat turn with JavaScript on: act, then wait until the bot has answered in place."""
    answered = page.locator(BOT).count()
    act()
    page.wait_for_function(
        """n => document.querySelectorAll('#chat-log li.msg.bot').length > n
               && document.getElementById('chat-status').textContent === ''""",
        arg=answered,
    )


def js_skip_to_receipt(page: Page, limit: int = 20) -> tuple[str, int]:
    """Press "Skip this question" until the receipt box shows; the receipt and turns taken."""
    turns = 0
    while page.locator("#receipt").is_hidden():
        assert turns < limit, "no receipt after skipping every question"
        js_turn(page, lambda: page.click("#chat-skip"))
        turns += 1
    number = page.locator("#receipt .number").inner_text()
    assert RECEIPT.fullmatch(number), number
    return number, turns


def js_report(page: Page, server: LiveServer, lang: str = "en", story: str = "") -> str:
    """A whole report through the chat with JavaScript on; its receipt."""
    page.goto(server(f"/chat?lang={lang}"))
    page.fill("#chat-input", story or "Agents questioned people at the bus stop yesterday")
    js_turn(page, lambda: page.click("#chat-send"))
    receipt, _ = js_skip_to_receipt(page)
    return receipt
