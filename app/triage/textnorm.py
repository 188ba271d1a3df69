"""Folding free text so word lists match it regardless of case, accents and SMS habits."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
# Letters written differently from one keyboard to the next but read as one: Arabic and
# Urdu yeh, kaf and heh forms, alef maqsura, teh marbuta, and the tatweel used to stretch
# a word. Applied after decomposition, so hamza and harakat are already gone.
_ARABIC = str.maketrans(
    {
        "\u0649": "\u064a",  # ى -> ي
        "\u06cc": "\u064a",  # ی -> ي
        "\u06d2": "\u064a",  # ے -> ي
        "\u06a9": "\u0643",  # ک -> ك
        "\u0629": "\u0647",  # ة -> ه
        "\u06c1": "\u0647",  # ہ -> ه
        "\u06c3": "\u0647",  # ۃ -> ه
        "\u06be": "\u0647",  # ھ -> ه (Arabic keyboards type "ابهی" for "ابھی")
        "\u0640": None,  # tatweel
    }
)
# Scripts whose words are not separated by spaces: each character counts toward length.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# "didn't" and "didnt" must read the same; residents type both.
_INNER_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
# "ahoraaaa", "nooo": emphasis, not a different word. Runs of three or more collapse.
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_SPACES = re.compile(r"[ \t\r\f\v]+")
# Python's \w leaves out the vowel signs of Indic scripts (ा ि ी ं), which would cut "नहीं"
# into "नह" and "ं"; every letter and mark of those blocks belongs to the word.
INDIC = "\u0900-\u0dff"
WORD_CHAR = rf"[\w{INDIC}]"
NON_WORD = rf"[^\w{INDIC}]"
WORD = re.compile(rf"{WORD_CHAR}+")


def fold(text: str) -> str:
    """Lower-case, accent-free text with punctuation kept (it marks where clauses end)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    lowered = stripped.casefold().translate(_ARABIC)
    lowered = _INNER_APOSTROPHE.sub("", lowered)
    lowered = _REPEATS.sub(r"\1", lowered)
    return _SPACES.sub(" ", lowered).strip()


def words(text: str) -> list[str]:
    """The words of already-folded text."""
    return WORD.findall(text)


def word_count(text: str) -> int:
    """About how many words folded text holds; two Chinese characters count as one word."""
    unspaced = len(_UNSPACED.findall(text))
    spaced = sum(1 for w in words(text) if not _UNSPACED.search(w))
    return spaced + (unspaced + 1) // 2
