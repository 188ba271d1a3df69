"""Folding of what residents type, so keywords and answers match in any case or accent."""

from __future__ import annotations

import re
import unicodedata

# Python's \w leaves out Indic vowel signs (ा ि ી ં): they belong to their word, or "ભાષા"
# would fold to "ભ ષ".
_NON_WORD = re.compile(r"[^\w\u0900-\u0dff]+", re.UNICODE)


def fold(text: str) -> str:
    """Case- and accent-folded words separated by single spaces ("¡Sí!" -> "si")."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


# Chicago's ZIP codes (606xx-608xx): a place as precise as many residents will give.
_ZIP = re.compile(r"\b(60[6-8]\d{2})\b")


def zip_code(text: str) -> str | None:
    found = _ZIP.search(text)
    return found.group(1) if found else None


def word_list(raw: str) -> list[str]:
    """A translator's comma-separated list of words, folded, empty entries dropped."""
    return [w for w in (fold(part) for part in raw.split(",")) if w]
