"""Badge numbers, agent names and plates a report gives, normalized so two reports match.

"IL 4827193", "il-4827193" and "4827193" are one plate; "#0482", "star 482" and "badge 482"
one badge; "Officer López" and "agent lopez" one name. Pure: what is done with the values
(they are hashed before storage) is the caller's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.triage.lexicon import lexicons_for
from app.triage.matcher import read
from app.triage.model import Text
from app.triage.textnorm import fold

BADGE = "badge"
NAME = "name"
PLATE = "plate"

# A plate standing alone in the identifiers answer: "ABC 1234", "123 4567", "4827193",
# or a vanity plate mixing letters and digits.
PLATE_ALONE = re.compile(
    r"(?<!\w)(?:[a-z]{1,3}[\s-]?\d{3,5}|\d{3}[\s-]\d{4}|\d{7}"
    r"|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{4,8})(?!\w)"
)
NUMBER_ALONE = re.compile(r"(?<!\w)\d{3,6}(?!\w)")
# A title then a word ("agent lopez", "officer o'brien"), in any script. The name is a
# lookahead so "and officer lopez" still pairs "officer" with "lopez".
TITLED = re.compile(r"(?<!\w)(\w+)\.?\s+(?=(\w[\w'-]{2,})(?!\w))")
VERB_ENDINGS = ("ed", "ing", "aron", "ieron", "aba", "aban", "ando", "iendo")

# State names and codes residents put before a plate; the plate is the same without them.
_STATES = frozenset(
    {
        "il",
        "ill",
        "illinois",
        "in",
        "ind",
        "indiana",
        "wi",
        "wis",
        "wisconsin",
        "mi",
        "michigan",
        "ia",
        "iowa",
        "tx",
        "texas",
        "mn",
        "minnesota",
        "mo",
        "missouri",
        "oh",
        "ohio",
        "fl",
        "florida",
        "az",
        "arizona",
        "ca",
        "california",
    }
)
_PLATE_TAIL = re.compile(
    r"(?:[a-z]{1,3}[\s-]?\d{2,5}|\d{2,5}-?[a-z]{1,3}|\d{3}[\s-]?\d{3,4}|\d{5,7}"
    r"|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{4,8})$"
)
_DIGITS = re.compile(r"\d{3,}")
_JOINED_STATE = re.compile(r"^(il|in|wi|mi|ia|tx)(\d{5,7})$")


@dataclass(frozen=True, order=True)
class Identifier:
    kind: str
    value: str


def normalize_plate(raw: str) -> str | None:
    """The plate's letters and digits, upper case, without a state before them."""
    tokens = re.findall(r"[a-z0-9]+", fold(raw))
    while len(tokens) > 1 and tokens[0] in _STATES:
        tokens = tokens[1:]
    plate = "".join(tokens)
    joined = _JOINED_STATE.match(plate)
    if joined:
        plate = joined.group(2)
    if not 2 <= len(plate) <= 8 or not any(ch.isdigit() for ch in plate):
        return None
    return plate.upper()


def normalize_badge(raw: str) -> str | None:
    """A badge or star number: its digits, without leading zeros."""
    found = _DIGITS.findall(raw)
    if not found:
        return None
    digits = found[-1].lstrip("0")
    return digits or None


def normalize_name(raw: str) -> str | None:
    """A surname, folded: accents and case do not make two agents."""
    word = fold(raw).strip(".'-")
    if len(word) < 3 or word.isdigit():
        return None
    return word


def _plate_in(span: str) -> str | None:
    tail = _PLATE_TAIL.search(span.strip())
    return normalize_plate(tail.group(0)) if tail else None


def titled_names(folded: str, locale: str) -> set[str]:
    """Surnames after a title ("agent lopez", "oficial garcia"), in folded text."""
    lexicons = lexicons_for(locale)
    titles = frozenset().union(*(lex.titles for lex in lexicons))
    not_names = frozenset().union(*(lex.not_names for lex in lexicons))
    negators = {w for lex in lexicons for w in lex.negators}
    found: set[str] = set()
    for match in TITLED.finditer(folded):
        title, name = match.group(1), match.group(2)
        if (
            title in titles
            and name not in not_names
            and name not in titles
            and name not in negators
            and not name.endswith(VERB_ENDINGS)
        ):
            normalized = normalize_name(name)
            if normalized:
                found.add(normalized)
    return found


def _from_text(text: Text) -> set[Identifier]:
    found: set[Identifier] = set()
    reading = read(text.text, text.locale, {"badge", "plate", "plate_hidden"})
    for hit in reading.hits:
        if hit.negated:
            continue
        span = reading.folded[hit.start : hit.end]
        if hit.concept == "badge" and (badge := normalize_badge(span)):
            found.add(Identifier(BADGE, badge))
        elif hit.concept == "plate" and (plate := _plate_in(span)):
            found.add(Identifier(PLATE, plate))
    found |= {Identifier(NAME, name) for name in titled_names(reading.folded, text.locale)}
    if text.field == "identifiers" and not reading.has("plate_hidden"):
        # The answer to "anything that identifies them?": bare plates and numbers count.
        taken: list[range] = []
        for match in PLATE_ALONE.finditer(reading.folded):
            if _DIGITS.fullmatch(match.group(0)) and len(match.group(0)) < 7:
                continue  # a short bare number is a badge, below
            plate = normalize_plate(match.group(0))
            if plate:
                found.add(Identifier(PLATE, plate))
                taken.append(range(match.start(), match.end()))
        for match in NUMBER_ALONE.finditer(reading.folded):
            if not any(match.start() in span for span in taken):
                badge = normalize_badge(match.group(0))
                if badge:
                    found.add(Identifier(BADGE, badge))
    return found


def identifiers(texts: Iterable[Text]) -> set[Identifier]:
    """Every badge number, agent name and plate the texts give."""
    found: set[Identifier] = set()
    for text in texts:
        if text.text and text.text.strip():
            found |= _from_text(text)
    return found


def describe(kinds: Sequence[str]) -> list[str]:
    """Kinds in a stable order, for display."""
    order = {BADGE: 0, NAME: 1, PLATE: 2}
    return sorted(set(kinds), key=lambda k: order.get(k, 9))
