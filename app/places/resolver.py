"""From a resident's description of where something happened to a Chicago community area."""

from __future__ import annotations

from dataclasses import dataclass

from app.places.areas import area_at, community_area_name
from app.places.data.zips import ZIP_AREAS
from app.places.names import NEIGHBORHOOD, names
from app.places.streets import corners
from app.places.text import Words, prepare

INTERSECTION = "intersection"
ZIP = "zip"
NONE = "none"


@dataclass(frozen=True)
class Place:
    """Where a report happened, never more precise than a community area (and a given ZIP)."""

    community_area: int | None
    area_name: str | None
    zip: str | None
    source: str  # "community_area" | "neighborhood" | "zip" | "intersection" | "none"


NOWHERE = Place(None, None, None, NONE)


def _place(area: int, zip_code: str | None, source: str) -> Place:
    return Place(area, community_area_name(area), zip_code, source)


def locate(text: str) -> Place:
    """The community area a text describes, from a corner, a place name or a ZIP code.

    A corner wins over a name, and a name over a ZIP code, when they disagree; the ZIP code
    is kept whenever the text gives a Chicago one.
    """
    plain, lower = prepare(text)
    found = Words(lower)
    zip_code = next((key for key in found.keys if key in ZIP_AREAS), None)

    found_corners = corners(plain, lower, found)
    for corner in found_corners:
        area = area_at(*corner.point)
        if area is not None:
            return _place(area, zip_code, INTERSECTION)

    # Street words inside a corner ("Irving Park and Pulaski") are not place names.
    named = [
        match
        for match in names(plain, found)
        if not any(
            corner.start < match.end and match.start < corner.end for corner in found_corners
        )
    ]
    if named:
        chosen = next((match for match in named if match.source == NEIGHBORHOOD), named[0])
        return _place(chosen.area, zip_code, chosen.source)
    if zip_code is not None:
        return _place(ZIP_AREAS[zip_code], zip_code, ZIP)
    return NOWHERE
