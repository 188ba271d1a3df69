"""The receipt page: a resident checks a report's status and adds information."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import LiveServer, Pages, js_report


def test_receipt_shows_status_and_takes_more_information(
    open_page: Pages, live_server: LiveServer
) -> None:
    page = open_page()
    receipt = js_report(page, live_server)

    with page.expect_navigation():
        page.locator("#receipt").get_by_role("link", name="Check a report").click()
    expect(page.locator("h1")).to_have_text("Check a report")
    page.get_by_label("Your receipt number (16 digits)").fill(receipt)
    with page.expect_navigation():
        page.click("#receipt-check")

    expect(page.locator("#ticket-status")).to_have_text("received, waiting for review")
    expect(page.locator("#ticket-status")).to_have_attribute("data-status", "new")
    expect(page.get_by_text("No messages from staff yet.")).to_be_visible()
    # The receipt is not written back into the page (a shared phone, a screenshot).
    assert receipt not in page.content() and receipt.replace("-", "") not in page.content()

    added = "It was about 3pm. The van had Indiana plates."
    page.fill("#add-input", added)
    with page.expect_navigation():
        page.click("#add-send")
    expect(page.locator("p.notice[role=status]")).to_have_text(
        "Thank you. Staff will see what you added."
    )
    expect(page.locator("#thread li.msg.resident")).to_contain_text(added)
    expect(page.locator("#ticket-status")).to_have_text("received, waiting for review")
    expect(page.locator("#add-input")).to_have_value("")


def test_receipt_page_refuses_a_wrong_receipt(open_page: Pages, live_server: LiveServer) -> None:
    page = open_page(javascript=False)
    page.goto(live_server("/receipt"))
    page.fill("#receipt-input", "1111-2222-3333-4444")
    open_page.watch(page).allow_refusal(404, live_server("/receipt?lang=en"))
    with page.expect_navigation():
        page.click("#receipt-check")
    expect(page.get_by_role("alert")).to_have_text(
        "No report has that receipt. Check the 16 digits and try again."
    )
    expect(page.locator("#receipt-input")).to_be_visible()


def test_receipt_page_answers_in_the_chosen_language(
    open_page: Pages, live_server: LiveServer
) -> None:
    page = open_page(javascript=False)  # the browser asks for English (en-US)
    page.goto(live_server("/receipt?lang=es"))
    expect(page.locator("h1")).to_have_text("Consultar un reporte")
    page.fill("#receipt-input", "1111-2222-3333-4444")
    open_page.watch(page).allow_refusal(404, live_server("/receipt?lang=es"))
    with page.expect_navigation():
        page.click("#receipt-check")
    expect(page.locator("html")).to_have_attribute("lang", "es", timeout=1000)
    expect(page.get_by_role("alert")).to_have_text(
        "Ningún reporte tiene ese recibo. Revise los 16 números y vuelva a intentar.",
        timeout=1000,
    )
