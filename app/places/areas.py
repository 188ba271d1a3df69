"""Which community area holds a point on the address grid."""

from __future__ import annotations

from app.places.data.areas import BOUNDARIES, COMMUNITY_AREAS
from app.places.geometry import Point, contains, on_edge

__all__ = ["COMMUNITY_AREAS", "area_at", "community_area_name"]

_Box = tuple[float, float, float, float]


def _box(polygon: tuple[Point, ...]) -> _Box:
    xs = [x for x, _ in polygon]
    ys = [y for _, y in polygon]
    return min(xs), min(ys), max(xs), max(ys)


_INDEXED: tuple[tuple[int, tuple[Point, ...], _Box], ...] = tuple(
    (number, polygon, _box(polygon)) for number, polygon in sorted(BOUNDARIES.items())
)

# A corner on a boundary line belongs to the area just south-west of it, then the other
# diagonals in turn (the last ones matter only on the city limit).
_NUDGES: tuple[tuple[float, float], ...] = ((-1, -1), (1, -1), (1, 1), (-1, 1))


def _candidates(x: float, y: float) -> list[tuple[int, tuple[Point, ...]]]:
    return [
        (number, polygon)
        for number, polygon, (left, bottom, right, top) in _INDEXED
        if left - 1 <= x <= right + 1 and bottom - 1 <= y <= top + 1
    ]


def area_at(x: float, y: float) -> int | None:
    """The community area containing grid point (x, y), or None outside the city."""
    candidates = _candidates(x, y)
    if any(on_edge(polygon, x, y) for _, polygon in candidates):
        for dx, dy in _NUDGES:
            for number, polygon in candidates:
                if contains(polygon, x + dx, y + dy):
                    return number
        return None
    for number, polygon in candidates:
        if contains(polygon, x, y):
            return number
    return None


def community_area_name(number: int) -> str:
    """The official name of community area `number` (1-77); KeyError for any other."""
    return COMMUNITY_AREAS[number]
