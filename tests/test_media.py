"""Uploaded media: what staff see carries no metadata, the evidence stays intact and sealed."""

from __future__ import annotations

import hashlib
import io
import logging
from typing import Any

import pytest
from cryptography.fernet import Fernet
from PIL import Image, ImageCms, PngImagePlugin

from app.privacy import media
from app.privacy.crypto import Vault
from app.privacy.media import MediaRejected, Processed, process_upload, sniff

MAKE = b"TestigoPhone"
MODEL = b"Model-X9"
SERIAL = b"SN-12345678"
TAKEN = b"2025:03:14 07:45:00"
NOTE = b"ICE van on 26th Street"
COMMENT = b"shot by Rosalinda"
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">Rosalinda-xmp</x:xmpmeta>'
GPS_IFD = 0x8825
EXIF_IFD = 0x8769

MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00\x00\x00\x08free" * 4
QUICKTIME = b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  " + b"\x00\x00\x00\x08wide"
THREE_GP = b"\x00\x00\x00\x18ftyp3gp4\x00\x00\x02\x00isom3gp4" + b"\x00" * 8
WEBM = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm" + b"\x00" * 8
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 8


@pytest.fixture
def vault() -> Vault:
    return Vault([Fernet.generate_key().decode()])


def _camera_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = MAKE.decode()
    exif[0x0110] = MODEL.decode()
    exif[0x0112] = 6  # the camera was held sideways: turn 90 degrees clockwise to view
    details = exif.get_ifd(EXIF_IFD)
    details[0x9003] = TAKEN.decode()  # DateTimeOriginal
    details[0x9286] = b"ASCII\x00\x00\x00" + NOTE  # UserComment
    details[0xA431] = SERIAL.decode()  # BodySerialNumber
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2] = "N", (41.0, 51.0, 3.5)
    gps[3], gps[4] = "W", (87.0, 42.0, 1.25)
    return exif


def _srgb_icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _two_halves(mode: str = "RGB") -> Image.Image:
    """64x32, red on the left and blue on the right, so orientation can be checked."""
    image = Image.new("RGB", (64, 32), (220, 0, 0))
    image.paste((0, 0, 220), (32, 0, 64, 32))
    return image.convert(mode)


def _encode(image: Image.Image, fmt: str, **options: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def _phone_jpeg() -> bytes:
    return _encode(
        _two_halves(),
        "JPEG",
        exif=_camera_exif(),
        comment=COMMENT,
        icc_profile=_srgb_icc(),
        xmp=XMP,
    )


def _assert_no_metadata(data: bytes) -> Image.Image:
    """The staff copy decodes and holds pixels only; returns it decoded."""
    for secret in (MAKE, MODEL, SERIAL, TAKEN, NOTE, COMMENT, b"Rosalinda", b"Exif", b"xmpmeta"):
        assert secret not in data
    image = Image.open(io.BytesIO(data))
    image.load()
    assert not image.getexif()
    assert not image.getexif().get_ifd(GPS_IFD)
    for key in ("exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "Author", "GPS"):
        assert key not in image.info
    assert not getattr(image, "text", {})
    return image


# --- photos -----------------------------------------------------------------------------


def test_phone_photo_loses_every_trace_but_stays_upright() -> None:
    original = _phone_jpeg()

    result = process_upload(original, "image/jpeg")

    assert result.content_type == "image/jpeg"
    assert result.staff_copy is not None
    assert result.staff_copy_type == "image/jpeg"
    staff = _assert_no_metadata(result.staff_copy)
    assert staff.format == "JPEG"
    # Turned as the camera said: the red left half is now on top.
    assert staff.size == (32, 64)
    assert (result.width, result.height) == (32, 64)
    red, blue = staff.convert("RGB").getpixel((16, 8)), staff.convert("RGB").getpixel((16, 56))
    assert isinstance(red, tuple) and isinstance(blue, tuple)
    assert red[0] > 180 and red[2] < 60
    assert blue[2] > 180 and blue[0] < 60


def test_phone_photo_original_is_kept_exactly_as_evidence() -> None:
    original = _phone_jpeg()

    result = process_upload(original, "image/jpeg")

    assert result.original == original
    assert result.size == len(original)
    assert result.sha256 == hashlib.sha256(original).hexdigest()
    kept = Image.open(io.BytesIO(result.original)).getexif()
    assert kept.get_ifd(GPS_IFD)[2] == (41.0, 51.0, 3.5)
    assert MAKE in result.original


def test_png_text_chunks_do_not_reach_staff() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Rosalinda")
    info.add_itxt("GPS", "41.85,-87.70")
    info.add_text("Comment", NOTE.decode(), zip=True)
    original = _encode(_two_halves(), "PNG", pnginfo=info, exif=_camera_exif())
    assert b"Rosalinda" in original

    result = process_upload(original, "image/png")

    assert result.staff_copy is not None and result.staff_copy_type == "image/png"
    staff = _assert_no_metadata(result.staff_copy)
    assert b"41.85" not in result.staff_copy
    assert staff.format == "PNG"
    assert staff.size == (32, 64)  # the eXIf chunk's orientation was applied too


def test_webp_is_stripped() -> None:
    original = _encode(_two_halves(), "WEBP", exif=_camera_exif(), xmp=XMP, icc_profile=_srgb_icc())
    assert MAKE in original

    result = process_upload(original, "image/webp")

    assert result.content_type == "image/webp"
    assert result.staff_copy is not None and result.staff_copy_type == "image/webp"
    assert _assert_no_metadata(result.staff_copy).size == (32, 64)


def test_animated_gif_becomes_a_still_png_of_its_first_frame() -> None:
    first = Image.new("P", (40, 20), 1)
    first.putpalette([0, 0, 0, 200, 0, 0, 0, 200, 0])
    second = first.copy()
    second.paste(2, (0, 0, 40, 20))
    original = _encode(
        first, "GIF", save_all=True, append_images=[second], comment=COMMENT, transparency=0
    )
    assert COMMENT in original

    result = process_upload(original, "image/gif")

    assert result.content_type == "image/gif"
    assert result.staff_copy is not None and result.staff_copy_type == "image/png"
    staff = _assert_no_metadata(result.staff_copy)
    assert staff.format == "PNG"
    assert getattr(staff, "n_frames", 1) == 1
    assert staff.size == (40, 20)
    pixel = staff.convert("RGB").getpixel((5, 5))
    assert pixel == (200, 0, 0)


def test_second_picture_in_a_jpeg_is_dropped() -> None:
    # Phones append depth maps and HDR gain maps as further JPEGs (MPO), each with its own EXIF.
    extra = Image.new("RGB", (16, 16), "white")
    original = _encode(
        _two_halves(),
        "MPO",
        save_all=True,
        append_images=[extra],
        exif=_camera_exif(),
    )
    assert sniff(original) == "image/jpeg"

    result = process_upload(original)

    assert result.staff_copy is not None
    assert original.count(b"\xff\xd8\xff") >= 2
    assert result.staff_copy.count(b"\xff\xd8\xff") == 1
    assert _assert_no_metadata(result.staff_copy).size == (32, 64)


@pytest.mark.parametrize("mode", ["CMYK", "L"])
def test_jpeg_in_other_colour_modes(mode: str) -> None:
    original = _encode(_two_halves(mode), "JPEG", comment=COMMENT)

    result = process_upload(original)

    assert result.staff_copy is not None
    staff = _assert_no_metadata(result.staff_copy)
    assert staff.mode == ("L" if mode == "L" else "RGB")
    assert staff.size == (64, 32)


@pytest.mark.parametrize("mode", ["P", "1", "L", "LA", "RGBA", "I;16"])
def test_png_in_any_mode_is_saved(mode: str) -> None:
    image = _two_halves("P") if mode == "P" else _two_halves().convert(mode)
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Rosalinda")
    original = _encode(image, "PNG", pnginfo=info, transparency=0 if mode == "P" else None)

    result = process_upload(original)

    assert result.staff_copy is not None
    staff = _assert_no_metadata(result.staff_copy)
    assert staff.size == (64, 32)
    if mode in ("P", "LA", "RGBA"):
        assert staff.mode == "RGBA"


def test_broken_colour_profile_still_gives_a_photo() -> None:
    original = _encode(_two_halves(), "JPEG", icc_profile=b"not a real profile")

    result = process_upload(original)

    assert result.staff_copy is not None
    _assert_no_metadata(result.staff_copy)


def test_declared_type_is_never_believed() -> None:
    result = process_upload(_phone_jpeg(), "video/mp4")

    assert result.content_type == "image/jpeg"


# --- rejections -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "declared"),
    [
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "image/jpeg"),
        (b"<!DOCTYPE html><html><script>alert(1)</script></html>", "image/png"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "image/svg+xml"),
        (bytes(range(7, 256)) * 3, "image/webp"),
        (HEIC, "video/mp4"),
        (b"II*\x00\x08\x00\x00\x00", "image/tiff"),
    ],
    ids=["pdf", "html", "svg", "random", "heic", "tiff"],
)
def test_other_files_are_unsupported(data: bytes, declared: str) -> None:
    with pytest.raises(MediaRejected) as caught:
        process_upload(data, declared)

    assert caught.value.code == "unsupported_type"
    assert str(caught.value)


def test_empty_upload_is_unreadable() -> None:
    # Decided: "unreadable", so the resident is asked to pick the file again, not a smaller one.
    with pytest.raises(MediaRejected) as caught:
        process_upload(b"", "image/jpeg")

    assert caught.value.code == "unreadable"


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        _phone_jpeg()[:400],
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
        b"GIF89a\x01",
        b"RIFF\x10\x00\x00\x00WEBPVP8 ",
    ],
    ids=["jpeg-header", "jpeg-truncated", "png", "gif", "webp"],
)
def test_broken_images_are_unreadable(data: bytes) -> None:
    with pytest.raises(MediaRejected) as caught:
        process_upload(data)

    assert caught.value.code == "unreadable"


def test_image_over_the_limit_is_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    original = _phone_jpeg()
    monkeypatch.setattr(media, "MAX_IMAGE_BYTES", len(original) - 1)

    with pytest.raises(MediaRejected) as caught:
        process_upload(original)

    assert caught.value.code == "too_large"
    # The video limit is separate: a small video is still fine.
    assert process_upload(MP4).content_type == "video/mp4"


def test_video_over_the_limit_is_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(media, "MAX_VIDEO_BYTES", len(MP4) - 1)

    with pytest.raises(MediaRejected) as caught:
        process_upload(MP4)

    assert caught.value.code == "too_large"


def test_decompression_bomb_is_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(media, "MAX_IMAGE_PIXELS", 64 * 32 - 1)

    with pytest.raises(MediaRejected) as caught:
        process_upload(_phone_jpeg())

    assert caught.value.code == "unreadable"


@pytest.mark.parametrize("limit", [64 * 32 - 1, 100], ids=["warning", "error"])
def test_pillows_own_bomb_guard_is_unreadable_too(
    monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    # Just over Pillow's limit it warns (an error under this suite's settings), at twice it raises.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", limit)

    with pytest.raises(MediaRejected) as caught:
        process_upload(_encode(_two_halves(), "PNG"))

    assert caught.value.code == "unreadable"


# --- videos and sniffing ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (MP4, "video/mp4"),
        (QUICKTIME, "video/quicktime"),
        (THREE_GP, "video/3gpp"),
        (WEBM, "video/webm"),
    ],
    ids=["mp4", "quicktime", "3gpp", "webm"],
)
def test_videos_are_kept_without_a_staff_copy(data: bytes, content_type: str) -> None:
    result = process_upload(data, "application/octet-stream")

    assert result == Processed(
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        original=data,
        staff_copy=None,
        staff_copy_type=None,
        width=None,
        height=None,
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xff\xd8\xff\xdb", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"GIF87a", "image/gif"),
        (b"GIF89a", "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBP", "image/webp"),
        (b"RIFF\x00\x00\x00\x00WAVE", None),
        (b"\x00\x00\x00\x1cftypisom", "video/mp4"),
        (b"\x00\x00\x00\x1cftypavc1", "video/mp4"),
        (b"\x00\x00\x00\x1cftyp3g2a", "video/3gpp"),
        (b"\x00\x00\x00\x1cftypavif", None),
        (b"\x00\x00\x00\x1cftyp", None),
        (b"\xff\xd8", None),
        (b"", None),
    ],
)
def test_sniff(data: bytes, expected: str | None) -> None:
    assert sniff(data) == expected


def test_accept_attribute_lists_every_accepted_type() -> None:
    assert media.ACCEPT_ATTRIBUTE.split(",") == list(media.ACCEPTED)
    assert set(media.ACCEPTED.values()) == {"image", "video"}
    assert "image/heic" not in media.ACCEPTED


def test_logs_name_events_and_sizes_only(caplog: pytest.LogCaptureFixture) -> None:
    # Even at DEBUG: Pillow itself logs EXIF values (GPS, serials) at that level.
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="app.privacy.media")
    original = _phone_jpeg()

    process_upload(original, "image/jpeg")
    with pytest.raises(MediaRejected):
        process_upload(b"<html>Rosalinda</html>", "text/html; name=Rosalinda")

    assert "media.accepted" in caplog.text and f"bytes={len(original)}" in caplog.text
    assert "media.rejected code=unsupported_type" in caplog.text
    for secret in ("Rosalinda", MAKE.decode(), MODEL.decode(), SERIAL.decode(), "41.0, 51.0"):
        assert secret not in caplog.text


# --- storage ----------------------------------------------------------------------------


def test_photo_round_trips_through_the_vault(vault: Vault) -> None:
    original = _encode(_two_halves(), "JPEG", exif=_camera_exif(), comment=COMMENT)
    processed = process_upload(original)

    item = media.store(vault, processed, conversation_id="C123", ticket_id="T456")

    assert item.content_type == "image/jpeg"
    assert item.status == "stored"
    assert (item.conversation_id, item.ticket_id) == ("C123", "T456")
    assert item.size == len(original)
    assert item.sha256 == hashlib.sha256(original).hexdigest()
    assert item.meta == {"kind": "image", "width": 32, "height": 64}
    assert item.staff_copy_type == "image/jpeg"
    for sealed in (item.original_enc, item.staff_copy_enc):
        assert sealed is not None
        for plain in (MAKE, COMMENT, b"Rosalinda", b"Exif", b"\xff\xd8\xff"):
            assert plain not in sealed
    assert media.open_original(vault, item) == original
    assert media.open_staff_copy(vault, item) == (processed.staff_copy, "image/jpeg")


def test_video_round_trips_without_a_staff_copy(vault: Vault) -> None:
    item = media.store(vault, process_upload(QUICKTIME), conversation_id="C1")

    assert item.content_type == "video/quicktime"
    assert item.meta == {"kind": "video", "width": None, "height": None}
    assert item.staff_copy_enc is None and item.staff_copy_type is None
    assert item.original_enc is not None and b"ftyp" not in item.original_enc
    assert media.open_original(vault, item) == QUICKTIME
    assert media.open_staff_copy(vault, item) is None


def test_original_opens_only_if_it_matches_its_hash(vault: Vault) -> None:
    item = media.store(vault, process_upload(MP4))
    item.original_enc = media.store(vault, process_upload(QUICKTIME)).original_enc

    with pytest.raises(ValueError, match="SHA-256"):
        media.open_original(vault, item)


def test_another_key_cannot_open_the_media(vault: Vault) -> None:
    item = media.store(vault, process_upload(_phone_jpeg()))
    stranger = Vault([Fernet.generate_key().decode()])

    assert item.original_enc is not None and not stranger.can_decrypt(item.original_enc)
    assert item.staff_copy_enc is not None and not stranger.can_decrypt(item.staff_copy_enc)


def test_item_without_a_stored_original(vault: Vault) -> None:
    item = media.store(vault, process_upload(MP4))
    item.original_enc = None

    with pytest.raises(LookupError):
        media.open_original(vault, item)
