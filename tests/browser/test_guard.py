"""The watch every browser test relies on really notices a third-party request and errors."""

from __future__ import annotations

from .conftest import LiveServer, Pages


def test_guard_notices_foreign_requests_and_console_errors(
    open_page: Pages, live_server: LiveServer
) -> None:
    # CSP would stop this image before any request; bypass it to see the guard itself work.
    page = open_page(bypass_csp=True)
    page.goto(live_server("/"))
    page.evaluate(
        """() => new Promise(done => {
            const img = new Image();
            img.onerror = img.onload = done;
            img.src = 'https://tracker.example/pixel.gif';
            document.body.appendChild(img);
        })"""
    )
    page.evaluate("setTimeout(() => { throw new Error('boom') }, 0)")
    page.wait_for_timeout(100)
    watch = open_page.watch(page)
    problems = watch.problems()
    assert "request left the server: GET https://tracker.example/pixel.gif" in problems
    assert any("page error" in p and "boom" in p for p in problems), problems
    # The request was refused in the browser, so it never reached the network.
    assert any("ERR_BLOCKED_BY_CLIENT" in p for p in problems), problems
    watch.requests.clear()
    watch.errors.clear()
