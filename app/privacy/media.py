"""Uploaded photos and videos: checked by their bytes, kept encrypted, metadata-free for staff."""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from typing import Any, Literal

from PIL import Image, ImageOps

try:
    from PIL import ImageCms
except ImportError:  # a Pillow built without LittleCMS: colours are kept as decoded
    ImageCms = None  # type: ignore[assignment]

from app.models import MediaItem
from app.privacy.crypto import Vault

log = logging.getLogger(__name__)
# Pillow logs EXIF tag values (GPS position, camera serial, owner name) at DEBUG while reading
# and rewriting them; a debug log level must never put a resident's location in the logs.
logging.getLogger("PIL").setLevel(max(logging.INFO, logging.getLogger("PIL").level))

MAX_IMAGE_BYTES = 15 * 1024 * 1024
MAX_VIDEO_BYTES = 40 * 1024 * 1024
# Phones save 12-50 MP photos by default; their optional 108/200 MP modes are refused rather
# than let one upload take a worker's memory (60 MP is ~180 MB once decoded). Checked here on
# each call rather than by lowering Pillow's process-wide Image.MAX_IMAGE_PIXELS, so nothing
# else in the process is affected; Pillow's own, higher guard still applies and is treated
# the same way.
MAX_IMAGE_PIXELS = 60_000_000

ACCEPTED: dict[str, str] = {
    "image/jpeg": "image",
    "image/png": "image",
    "image/webp": "image",
    "image/gif": "image",
    "video/mp4": "video",
    "video/quicktime": "video",
    "video/webm": "video",
    "video/3gpp": "video",
}
# Also what makes iOS hand over HEIC photos as JPEG: the browser converts to a listed type.
ACCEPT_ATTRIBUTE = ",".join(ACCEPTED)

RejectCode = Literal["too_large", "unsupported_type", "unreadable"]

_DEFAULT_MESSAGES: dict[str, str] = {
    "too_large": "The upload is larger than the limit for its kind.",
    "unsupported_type": (
        "The upload is not a JPEG, PNG, WebP or GIF image, "
        "nor an MP4, QuickTime, WebM or 3GPP video."
    ),
    "unreadable": "The upload could not be read as an image.",
}

# Only the major brand counts: HEIF/AVIF photos are ISO-BMFF too and list brands such as
# "iso8" among their compatible ones, and must not slip through as video with their EXIF.
_FTYP_BRANDS: dict[bytes, str] = {
    b"isom": "video/mp4",
    b"iso2": "video/mp4",
    b"iso4": "video/mp4",
    b"iso5": "video/mp4",
    b"iso6": "video/mp4",
    b"mp41": "video/mp4",
    b"mp42": "video/mp4",
    b"avc1": "video/mp4",
    b"qt  ": "video/quicktime",
    b"3gp4": "video/3gpp",
    b"3gp5": "video/3gpp",
    b"3gp6": "video/3gpp",
    b"3gp7": "video/3gpp",
    b"3g2a": "video/3gpp",
}

# Pillow is told which decoder to use, so a file can never reach a riskier plugin (EPS, say).
_PILLOW_FORMAT: dict[str, str] = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/webp": "WEBP",
    "image/gif": "GIF",
}

# GIF becomes a PNG of its first frame: a still is what staff need to see the scene, PNG keeps
# the palette's colours exactly, and re-encoding every frame of an animation would multiply the
# work for a format phones do not record in.
_STAFF_FORMAT: dict[str, tuple[str, str, dict[str, Any]]] = {
    "image/jpeg": ("JPEG", "image/jpeg", {"quality": 90}),
    "image/png": ("PNG", "image/png", {}),
    "image/webp": ("WEBP", "image/webp", {"quality": 90}),
    "image/gif": ("PNG", "image/png", {}),
}


class MediaRejected(ValueError):
    """An upload Testigo will not keep; `code` picks the message the resident sees."""

    def __init__(self, code: RejectCode, message: str | None = None) -> None:
        super().__init__(message or _DEFAULT_MESSAGES[code])
        self.code: RejectCode = code


@dataclass(frozen=True)
class Processed:
    content_type: str
    size: int
    sha256: str
    original: bytes
    staff_copy: bytes | None
    staff_copy_type: str | None
    width: int | None
    height: int | None


def sniff(data: bytes) -> str | None:
    """The accepted content type the leading bytes show, else None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(bytes(data[8:12]))
    if data.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm"
    return None


def process_upload(data: bytes, declared_type: str | None = None) -> Processed:
    """Check an upload and make the staff copy; raises MediaRejected.

    `declared_type` is what the browser claimed. It decides nothing (a renamed PDF or HTML
    page claims image/jpeg too) and is only compared with the sniffed type for the log.
    """
    size = len(data)
    if size == 0:
        # Empty is "unreadable", not "too_large": there is nothing to read, and the resident
        # should be told to pick the file again rather than a smaller one.
        raise _rejected("unreadable", size, "The upload is empty.")
    content_type = sniff(data)
    if content_type is None:
        raise _rejected("unsupported_type", size)
    kind = ACCEPTED[content_type]
    limit = MAX_IMAGE_BYTES if kind == "image" else MAX_VIDEO_BYTES
    if size > limit:
        raise _rejected("too_large", size, f"The {kind} is {size} bytes; the limit is {limit}.")
    if declared_type is not None:
        declared = declared_type.split(";", 1)[0].strip().lower()
        if declared != content_type:
            # Only known types are logged: the declared string is the client's, unchecked.
            log.info(
                "media.type_mismatch declared=%s sniffed=%s",
                declared if declared in ACCEPTED else "other",
                content_type,
            )
    sha256 = hashlib.sha256(data).hexdigest()
    if kind == "video":
        # No video tool here to rewrite the container; the original is all there is.
        log.info("media.accepted kind=video bytes=%d", size)
        return Processed(content_type, size, sha256, bytes(data), None, None, None, None)
    staff_copy, staff_type, width, height = _staff_copy(data, content_type)
    log.info("media.accepted kind=image bytes=%d staff_bytes=%d", size, len(staff_copy))
    return Processed(content_type, size, sha256, bytes(data), staff_copy, staff_type, width, height)


def store(
    vault: Vault,
    processed: Processed,
    *,
    conversation_id: str | None = None,
    ticket_id: str | None = None,
) -> MediaItem:
    """A new MediaItem holding both copies encrypted; the caller adds it to the session."""
    staff_copy = processed.staff_copy
    return MediaItem(
        conversation_id=conversation_id,
        ticket_id=ticket_id,
        content_type=processed.content_type,
        status="stored",
        meta={
            "kind": ACCEPTED[processed.content_type],
            "width": processed.width,
            "height": processed.height,
        },
        original_enc=_seal(vault, processed.original),
        staff_copy_enc=_seal(vault, staff_copy) if staff_copy is not None else None,
        staff_copy_type=processed.staff_copy_type if staff_copy is not None else None,
        size=processed.size,
        sha256=processed.sha256,
    )


def open_original(vault: Vault, item: MediaItem) -> bytes:
    """The uploaded bytes, checked against the SHA-256 recorded when they arrived."""
    if item.original_enc is None:
        raise LookupError("This media item has no stored original.")
    data = _unseal(vault, item.original_enc)
    # Fernet already detects a changed token; this catches a row whose parts were swapped or
    # a hash that was rewritten, which matters for evidence.
    if item.sha256 is not None and hashlib.sha256(data).hexdigest() != item.sha256:
        raise ValueError("The stored original does not match its recorded SHA-256.")
    return data


def open_staff_copy(vault: Vault, item: MediaItem) -> tuple[bytes, str] | None:
    """The metadata-free copy and its content type, or None (videos, provider-only items)."""
    if item.staff_copy_enc is None or item.staff_copy_type is None:
        return None
    return _unseal(vault, item.staff_copy_enc), item.staff_copy_type


def _rejected(code: RejectCode, size: int, message: str | None = None) -> MediaRejected:
    log.info("media.rejected code=%s bytes=%d", code, size)
    return MediaRejected(code, message)


def _seal(vault: Vault, data: bytes) -> bytes:
    return vault.encrypt_bytes(data)


def _unseal(vault: Vault, token: bytes) -> bytes:
    return vault.decrypt_bytes(token)


def _staff_copy(data: bytes, content_type: str) -> tuple[bytes, str, int, int]:
    """A new image from the decoded pixels alone, upright, and its type and size."""
    out_format, out_type, options = _STAFF_FORMAT[content_type]
    # Pillow's decoders raise a wide, version-dependent range of exceptions on hostile or broken
    # input (and DecompressionBombWarning when warnings are errors); for an upload they all mean
    # the same thing, so they are caught broadly and only the class name is logged.
    try:
        image = Image.open(io.BytesIO(data), formats=[_PILLOW_FORMAT[content_type]])
    except Exception as exc:
        raise _undecodable(exc, len(data)) from exc
    with image:
        # Opening read only the header; refuse before the pixels are decompressed.
        if image.width * image.height > MAX_IMAGE_PIXELS:
            raise _rejected("unreadable", len(data), "The image has too many pixels.")
        try:
            image.load()
            clean = _pixels_only(_in_srgb(_upright(image)), out_format)
            out = io.BytesIO()
            clean.save(out, out_format, **options)
        except Exception as exc:
            raise _undecodable(exc, len(data)) from exc
    return out.getvalue(), out_type, clean.width, clean.height


def _undecodable(exc: BaseException, size: int) -> MediaRejected:
    log.info("media.undecodable error=%s", type(exc).__name__)
    return _rejected("unreadable", size, "The image could not be decoded.")


def _upright(image: Image.Image) -> Image.Image:
    """The image turned as its EXIF orientation says, since the stripped copy loses that tag."""
    try:
        return ImageOps.exif_transpose(image)
    except Exception:
        # A corrupt EXIF block must not cost the resident the photo; show it as stored.
        log.info("media.orientation_ignored")
        return image


def _in_srgb(image: Image.Image) -> Image.Image:
    """The pixels mapped from their embedded colour profile to sRGB.

    The staff copy drops the profile (it can name the device), and browsers show untagged
    pixels as sRGB, so without this a phone's Display P3 photo or a CMYK file would show
    with wrong colours, and colour can matter (a vehicle, a uniform).
    """
    icc = image.info.get("icc_profile")
    if not icc or ImageCms is None or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            image,
            source,
            ImageCms.createProfile("sRGB"),
            outputMode="RGBA" if image.mode == "RGBA" else "RGB",
        )
    except Exception:
        # A broken profile only costs colour accuracy; the plain conversion follows.
        log.info("media.colour_profile_ignored")
        return image
    return converted if converted is not None else image


def _pixels_only(image: Image.Image, out_format: str) -> Image.Image:
    """A fresh image holding only pixels, in a mode the output format can save.

    Copies and conversions carry `info` along (EXIF, XMP, ICC, comments, PNG text), and
    some savers fall back to it, so the pixels are pasted into a brand-new image instead.
    """
    if out_format == "JPEG":
        mode = "L" if image.mode in ("1", "L") else "RGB"
    elif image.has_transparency_data:
        mode = "RGBA"
    elif out_format == "PNG" and image.mode in ("1", "L"):
        mode = "L"
    else:
        mode = "RGB"
    converted = image if image.mode == mode else image.convert(mode)
    clean = Image.new(mode, converted.size)
    clean.paste(converted)
    return clean
