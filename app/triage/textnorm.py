"""Folding free text so word lists match it regardless of case, accents and SMS habits."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
# "didn't" and "didnt" must read the same; residents type both.
_INNER_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
# "ahoraaaa", "nooo": emphasis, not a different word. Runs of three or more collapse.
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_SPACES = re.compile(r"[ \t\r\f\v]+")
WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower-case, accent-free text with punctuation kept (it marks where clauses end)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    lowered = stripped.casefold()
    lowered = _INNER_APOSTROPHE.sub("", lowered)
    lowered = _REPEATS.sub(r"\1", lowered)
    return _SPACES.sub(" ", lowered).strip()


def words(text: str) -> list[str]:
    """The words of already-folded text."""
    return WORD.findall(text)
