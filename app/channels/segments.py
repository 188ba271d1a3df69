"""How many SMS segments a message takes: GSM-7 where every character allows, else UCS-2."""

from __future__ import annotations

import math

_GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# These take two septets (an escape and the character).
_GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")


# Every message the SMS line sends fits in this many segments, in every language.
MAX_SEGMENTS = 2


def is_gsm7(text: str) -> bool:
    return all(ch in _GSM7_BASIC or ch in _GSM7_EXTENDED for ch in text)


def segments(text: str) -> int:
    if not text:
        return 1
    if is_gsm7(text):
        septets = sum(2 if ch in _GSM7_EXTENDED else 1 for ch in text)
        return 1 if septets <= 160 else math.ceil(septets / 153)
    units = len(text.encode("utf-16-le")) // 2
    return 1 if units <= 70 else math.ceil(units / 67)
