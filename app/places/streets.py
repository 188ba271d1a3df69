"""Street corners in a resident's words ("26th and Pulaski", "la 26 y Pulaski") on the grid."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.places.data.streets import ALIASES, COMMON, EAST_WEST, NORTH_SOUTH, PATHS
from app.places.geometry import Point, path_crossing
from app.places.text import PhraseIndex, Words, fold_key

_FAR = 100000.0


def _polyline(name: str) -> tuple[Point, ...]:
    # Straight streets are drawn right across the map, so any north-south street meets any
    # east-west one even where one of them has a gap.
    if name in NORTH_SOUTH:
        return ((NORTH_SOUTH[name], -_FAR), (NORTH_SOUTH[name], _FAR))
    if name in EAST_WEST:
        return ((-_FAR, EAST_WEST[name]), (_FAR, EAST_WEST[name]))
    return PATHS[name]


_LINES: dict[str, tuple[Point, ...]] = {
    name: _polyline(name) for name in (*NORTH_SOUTH, *EAST_WEST, *PATHS)
}
_NAMES = PhraseIndex(
    {
        **{fold_key(name): name for name in _LINES},
        **{fold_key(alias): name for alias, name in ALIASES.items()},
    }
)
_NUMBERED = re.compile(r"(\d{1,3})(st|nd|rd|th)?")
# Ordinal numbered streets start at 8th (8th & Wabash downtown); a bare number is taken as a
# street only from 12 (Roosevelt) to 138, the city's south end.
_FIRST_ORDINAL, _FIRST_BARE, _LAST_NUMBERED = 8, 12, 138
_SUFFIXES = frozenset(
    {
        "st",
        "street",
        "ave",
        "av",
        "avenue",
        "rd",
        "road",
        "blvd",
        "boulevard",
        "dr",
        "drive",
        "pkwy",
        "parkway",
        "pl",
        "place",
        "hwy",
        "highway",
        "ct",
        "court",
        "ter",
        "terrace",
    }
)
# Words that may stand before a street name and belong to it. Spanish street words and
# articles ("calle 26", "la 26") mark what follows as a street, as St or Ave does.
_DIRECTIONS = frozenset({"n", "s", "e", "w", "north", "south", "east", "west"})
_MARKERS = frozenset({"calle", "avenida", "av", "la", "el"})
# Words a street mention can start with; any other word is skipped at once.
_STARTS = (
    frozenset(fold_key(name).split()[0] for name in (*_LINES, *ALIASES)) | _DIRECTIONS | _MARKERS
)
# Words just before a corner that say a place follows.
_CUES = frozenset(
    {
        "corner",
        "esquina",
        "intersection",
        "interseccion",
        "cruce",
        "at",
        "on",
        "near",
        "by",
        "around",
        "en",
        "cerca",
        "off",
    }
)
# Between the two streets: "and", "&", "y", "/", "@", "at", "con", "with", perhaps "la".
_JOIN = re.compile(r"\s*(and|&|y|/|@|at|con|with)\s*(?:(?:the|la|el)\s+)?")
_STRONG_JOINS = frozenset({"/", "&", "@"})
# "state and Chicago police" names agencies, not a corner.
_AGENCY_WORDS = frozenset(
    {
        "police",
        "policia",
        "pd",
        "cops",
        "officers",
        "agents",
        "agentes",
        "troopers",
        "department",
        "authorities",
        "sheriff",
        "sheriffs",
    }
)


@dataclass(frozen=True, slots=True)
class Corner:
    """Two streets the text names together, and where they cross on the grid."""

    point: Point
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Street:
    line: tuple[Point, ...]
    after: int  # index of the word after the name
    distinctive: bool  # hardly anything but a street: Kedzie, 26th


@dataclass(frozen=True, slots=True)
class _Mention:
    line: tuple[Point, ...]
    start: int
    end: int
    first_word: int
    after_word: int
    marked: bool
    distinctive: bool
    capitalised: bool


def _street_at(keys: list[str], index: int) -> _Street | None:
    named = _NAMES.match(keys, index)
    if named is not None:
        after, name = named
        return _Street(_LINES[name], after, name not in COMMON)
    key = keys[index]
    number = _NUMBERED.fullmatch(key) if key[0].isdigit() else None
    if number is None:
        return None
    value = int(number.group(1))
    ordinal = number.group(2) is not None
    if not (_FIRST_ORDINAL if ordinal else _FIRST_BARE) <= value <= _LAST_NUMBERED:
        return None
    y = -100.0 * value
    return _Street(((-_FAR, y), (_FAR, y)), index + 1, ordinal)


def _mentions(plain: str, found: Words) -> list[_Mention]:
    keys = found.keys
    mentions: list[_Mention] = []
    index = 0
    while index < len(keys):
        key = keys[index]
        if key not in _STARTS and not key[0].isdigit():
            index += 1
            continue
        first = name_word = index
        marked = False
        street = _street_at(keys, index)
        if index + 1 < len(keys) and (key in _DIRECTIONS or key in _MARKERS):
            following = _street_at(keys, index + 1)
            # "North" alone is North Avenue; "N Pulaski" is Pulaski.
            if following is not None and (street is None or following.after > street.after):
                street = following
                marked = key in _MARKERS
                name_word = index + 1
        if street is None:
            index += 1
            continue
        after = street.after
        if after < len(keys) and keys[after] in _SUFFIXES:
            marked = True
            after += 1
        mentions.append(
            _Mention(
                street.line,
                found.starts[first],
                found.ends[after - 1],
                first,
                after,
                marked,
                street.distinctive,
                plain[found.starts[name_word]].isupper(),
            )
        )
        index = after
    return mentions


def corners(plain: str, lower: str, found: Words) -> list[Corner]:
    """Every pair of streets written as a corner, in the order they appear."""
    keys = found.keys
    mentions = _mentions(plain, found)
    result: list[Corner] = []
    for first, second in zip(mentions, mentions[1:], strict=False):
        join = _JOIN.fullmatch(lower, first.end, second.start)
        if join is None:
            continue
        if (
            not second.marked
            and second.after_word < len(keys)
            and keys[second.after_word] in _AGENCY_WORDS
        ):
            continue
        cue = first.first_word > 0 and keys[first.first_word - 1] in _CUES
        strong = first.marked or second.marked or cue or join.group(1) in _STRONG_JOINS
        # Two common words ("chicago and cicero", "washington y jackson") are a corner only
        # when something else says so: capitals, a street word, a slash, "at" or "corner".
        proper = first.capitalised and second.capitalised
        if not (strong or proper or first.distinctive or second.distinctive):
            continue
        point = path_crossing(first.line, second.line)
        if point is not None:
            result.append(Corner(point, first.start, second.end))
    return result
