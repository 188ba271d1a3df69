"""Receipts: 16 random digits shown once, stored only as a keyed hash."""

from __future__ import annotations

import re
import secrets

from app.privacy.identity import keyed_hash

_DIGITS = re.compile(r"\d")


def new_receipt() -> str:
    return "".join(str(secrets.randbelow(10)) for _ in range(16))


def format_receipt(digits: str) -> str:
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def parse_receipt(text: str) -> str | None:
    """The 16 digits of a receipt typed with any spacing or dashes, else None."""
    digits = "".join(_DIGITS.findall(text))
    if len(digits) != 16 or re.search(r"[^\d\s\-.]", text.strip()):
        return None
    return digits


def receipt_hash(pepper: bytes, digits: str) -> str:
    return keyed_hash(pepper, "receipt", digits)
