"""Community-area and neighbourhood names in a resident's words, with care for look-alikes."""

from __future__ import annotations

from dataclasses import dataclass

from app.places.data.areas import COMMUNITY_AREAS
from app.places.data.names import AREA_VARIANTS, NAME_RULES, NEIGHBORHOODS
from app.places.text import PhraseIndex, Words, fold_key

COMMUNITY_AREA = "community_area"
NEIGHBORHOOD = "neighborhood"

_TABLE: dict[str, tuple[int, str]] = {
    **{key: (number, NEIGHBORHOOD) for key, number in NEIGHBORHOODS.items()},
    **{key: (number, COMMUNITY_AREA) for key, number in AREA_VARIANTS.items()},
    **{fold_key(name): (number, COMMUNITY_AREA) for number, name in COMMUNITY_AREAS.items()},
}
_INDEX = PhraseIndex({key: key for key in _TABLE})

# Words before a name that make it a place: "in Austin", "en Austin", "cerca de Austin".
_ARTICLES = frozenset({"the", "el", "la", "los", "las"})
_CUES_BEFORE: frozenset[tuple[str, ...]] = frozenset(
    {
        ("in",),
        ("en",),
        ("at",),
        ("near",),
        ("around",),
        ("inside",),
        ("outside",),
        ("across",),
        ("throughout",),
        ("cerca", "de"),
        ("cerca", "del"),
        ("barrio", "de"),
        ("barrio",),
        ("zona", "de"),
        ("area", "of"),
        ("neighborhood", "of"),
        ("neighbourhood", "of"),
        ("vecindario", "de"),
        ("colonia",),
    }
)
# Words after a name that make it a place: "Austin neighborhood", "Austin, Chicago".
_CUES_AFTER = frozenset(
    {
        "neighborhood",
        "neighbourhood",
        "area",
        "community",
        "barrio",
        "vecindario",
        "district",
        "chicago",
        "il",
        "illinois",
    }
)
# After these the name is somewhere else: "Austin, Texas", "Beverly Hills".
_ELSEWHERE = frozenset({"tx", "texas", "ca", "california", "hills", "nj", "ny"})
_STREET_SUFFIXES = frozenset(
    {"st", "street", "ave", "avenue", "av", "rd", "road", "blvd", "boulevard", "dr", "drive"}
)
_ALONG = frozenset({"on", "along", "down", "up"})


@dataclass(frozen=True, slots=True)
class NameMatch:
    area: int
    source: str
    start: int
    end: int


def _cue_before(keys: list[str], index: int) -> bool:
    before = keys[max(0, index - 4) : index]
    while before and before[-1] in _ARTICLES:
        before.pop()
    return any(tuple(before[-size:]) in _CUES_BEFORE for size in (1, 2) if len(before) >= size)


def _loop(plain: str, found: Words, index: int) -> bool:
    # "the Loop" is downtown; "in the loop" and "looping around" are not.
    if plain[found.starts[index]].isupper():
        return True
    keys = found.keys
    before = keys[max(0, index - 2) : index]
    following = keys[index + 1] if index + 1 < len(keys) else ""
    return (
        before[-1:] in (["el"], ["downtown"])
        or (before[-1:] == ["the"] and before[:1] in (["at"], ["near"], ["around"], ["to"]))
        or following in ("area", "downtown")
    )


def _accepted(key: str, plain: str, found: Words, first: int, after: int) -> bool:
    rules = NAME_RULES.get(key, ())
    keys = found.keys
    following = keys[after] if after < len(keys) else ""
    if following in _ELSEWHERE or ("not of" in rules and following == "of"):
        return False
    if "street" in rules and (
        following in _STREET_SUFFIXES or (first > 0 and keys[first - 1] in _ALONG)
    ):
        return False
    if "loop" in rules and not _loop(plain, found, first):
        return False
    if "capitals" in rules and not all(
        plain[start].isupper() for start in found.starts[first:after]
    ):
        return False
    if "cue" in rules:
        # "in Austin's house" is a person's house.
        end = found.ends[after - 1]
        if plain[end - 2 : end].lower() in ("'s", "’s"):
            return False
        return _cue_before(keys, first) or following in _CUES_AFTER
    return True


def names(plain: str, found: Words) -> list[NameMatch]:
    """Every place name the text gives, the longest name at each word, in text order."""
    result: list[NameMatch] = []
    index = 0
    while index < len(found):
        matched = _INDEX.match(found.keys, index)
        if matched is None:
            index += 1
            continue
        after, key = matched
        if _accepted(key, plain, found, index, after):
            area, source = _TABLE[key]
            result.append(NameMatch(area, source, found.starts[index], found.ends[after - 1]))
            index = after
        else:
            index += 1
    return result
