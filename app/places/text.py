"""Text preparation for place matching: accent folding that keeps positions, and words."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’")
_PLAIN_LIMIT = 20000  # the most characters remembered, however varied the texts


class _PlainTable(dict[int, str]):
    """Code point to the same letter without accents, filled in as characters are seen."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        stripped = "".join(
            part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part)
        )
        # One character for one character, so positions in the folded text match the original.
        plain = stripped if len(stripped) == 1 else char
        if len(self) < _PLAIN_LIMIT:
            self[code] = plain
        return plain


_PLAIN = _PlainTable()


def prepare(text: str) -> tuple[str, str]:
    """The text without accents, and the same lower-cased; both as long as the text."""
    plain = text if text.isascii() else text.translate(_PLAIN)
    lower = plain.lower()
    if len(lower) != len(plain):
        # A few letters lower-case to two characters ("İ"); leave those as they are.
        lower = "".join(low if len(low := char.lower()) == 1 else char for char in plain)
    return plain, lower


def _key(word: str) -> str:
    # "Pilsen's" is Pilsen; "O'Hare" is "ohare".
    if "'" in word or "’" in word:
        if word[-2:] in ("'s", "’s"):
            word = word[:-2]
        word = word.translate(_APOSTROPHES)
    return word


def fold_key(name: str) -> str:
    """A name as the tables key it: lower case, no accents, apostrophes or possessive 's."""
    _, lower = prepare(name)
    return " ".join(_key(word) for word in _WORD.findall(lower))


class Words:
    """The words of prepared text as parallel lists: folded word, start and end offsets.

    Each word is folded as fold_key folds it ("O'Hare" is "ohare", "Pilsen's" is "pilsen").
    """

    __slots__ = ("ends", "keys", "starts")

    def __init__(self, lower: str) -> None:
        self.keys: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        for found in _WORD.finditer(lower):
            start, end = found.span()
            self.keys.append(_key(found.group()))
            self.starts.append(start)
            self.ends.append(end)

    def __len__(self) -> int:
        return len(self.keys)


class PhraseIndex:
    """Multi-word phrases looked up by their first word; the longest phrase wins."""

    def __init__(self, phrases: dict[str, str]) -> None:
        by_first: dict[str, list[tuple[list[str], str]]] = {}
        for phrase, value in phrases.items():
            parts = phrase.split()
            by_first.setdefault(parts[0], []).append((parts, value))
        for options in by_first.values():
            options.sort(key=lambda option: -len(option[0]))
        self._by_first = by_first

    def match(self, keys: list[str], index: int) -> tuple[int, str] | None:
        """The phrase starting at keys[index]: the index just after it, and its value."""
        options = self._by_first.get(keys[index])
        if options is None:
            return None
        for parts, value in options:
            end = index + len(parts)
            if keys[index:end] == parts:
                return end, value
        return None
