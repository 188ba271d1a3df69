"""Photo uploads through the chat form: staff get a clean copy, the evidence stays whole."""

from __future__ import annotations

import io

from PIL import Image
from playwright.sync_api import FilePayload, expect

from app.extensions import db
from app.models import MediaItem
from app.privacy.media import open_original, open_staff_copy
from app.runtime import runtime

from .conftest import BOT, RESIDENT, LiveServer, Pages

GPS_IFD = 0x8825
EXIF_IFD = 0x8769
MAKE = "TestigoPhone"
MODEL = "Model-X9"
COMMENT = b"shot by Rosalinda at 26th and Pulaski"
LATITUDE = (41.0, 50.0, 52.5)
LONGITUDE = (87.0, 43.0, 26.25)
STORY = "ICE agents stopped two men outside the laundromat, photo attached"


def _phone_photo() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = MAKE
    exif[0x0110] = MODEL
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2] = "N", LATITUDE
    gps[3], gps[4] = "W", LONGITUDE
    image = Image.new("RGB", (120, 80), (30, 90, 200))
    image.paste((230, 180, 20), (60, 0, 120, 80))
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, comment=COMMENT, quality=90)
    return out.getvalue()


def _file(name: str, data: bytes) -> FilePayload:
    return {"name": name, "mimeType": "image/jpeg", "buffer": data}


def _media(live_server: LiveServer) -> list[MediaItem]:
    with live_server.app.app_context():
        items = db.session.scalars(db.select(MediaItem)).all()
        db.session.expunge_all()
        return list(items)


def test_photo_upload_without_javascript(open_page: Pages, live_server: LiveServer) -> None:
    photo = _phone_photo()
    assert b"Exif" in photo and MAKE.encode() in photo and COMMENT in photo

    page = open_page(javascript=False)
    page.goto(live_server("/chat"))

    # A PDF renamed to look like a photo is refused, and what was typed is not lost.
    page.fill("#chat-input", STORY)
    page.set_input_files(
        "#chat-file",
        files=[_file("photo.jpg", b"%PDF-1.7\n%\xe2\xe3\n")],
    )
    open_page.watch(page).allow_refusal(400, live_server("/chat"))
    with page.expect_navigation():
        page.click("#chat-send")
    expect(page.get_by_role("alert")).to_contain_text("That file type cannot be sent")
    expect(page.locator("#chat-input")).to_have_value(STORY)
    assert _media(live_server) == []

    # The real photo goes through with the same words.
    page.set_input_files("#chat-file", files=[_file("IMG_2041.jpg", photo)])
    with page.expect_navigation():
        page.click("#chat-send")
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.locator(RESIDENT)).to_have_text(STORY)
    expect(page.locator(BOT).last).to_contain_text("When did it happen?")

    items = _media(live_server)
    assert len(items) == 1, items
    item = items[0]
    assert item.content_type == "image/jpeg" and item.status == "stored"
    with live_server.app.app_context():
        vault = runtime().vault
        original = open_original(vault, item)
        staff = open_staff_copy(vault, item)

    # The evidence is byte for byte what the phone sent, location included.
    assert original == photo
    with Image.open(io.BytesIO(original)) as kept:
        kept_gps = kept.getexif().get_ifd(GPS_IFD)
        assert kept_gps[2] == LATITUDE and kept_gps[4] == LONGITUDE

    # What staff see is the same picture with nothing else.
    assert staff is not None
    data, content_type = staff
    assert content_type == "image/jpeg"
    with Image.open(io.BytesIO(data)) as clean:
        clean.load()
        assert clean.size == (120, 80)
        exif = clean.getexif()
        assert len(exif) == 0 and not exif.get_ifd(GPS_IFD) and not exif.get_ifd(EXIF_IFD)
        assert "exif" not in clean.info and "comment" not in clean.info
    for secret in (b"Exif\x00", MAKE.encode(), MODEL.encode(), COMMENT):
        assert secret not in data, secret


def test_with_javascript_a_photo_still_goes_as_a_plain_form_post(
    open_page: Pages, live_server: LiveServer
) -> None:
    page = open_page()
    page.goto(live_server("/chat"))
    page.fill("#chat-input", STORY)
    page.set_input_files(
        "#chat-file",
        files=[_file("IMG_2041.jpg", _phone_photo())],
    )
    with page.expect_navigation():
        page.click("#chat-send")
    expect(page.locator(RESIDENT)).to_have_text(STORY)
    expect(page.locator(BOT).last).to_contain_text("When did it happen?")
    posts = [r for r in open_page.watch(page).requests if r.method == "POST"]
    assert [r.url for r in posts] == [live_server("/chat")]
    assert len(_media(live_server)) == 1
