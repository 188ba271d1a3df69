"""Plane geometry on the address grid: point in polygon and crossing of street lines."""

from __future__ import annotations

from collections.abc import Sequence

Point = tuple[float, float]

_EDGE = 1e-6


def contains(polygon: Sequence[Point], x: float, y: float) -> bool:
    """Whether (x, y) is strictly inside the polygon (even-odd rule)."""
    inside = False
    count = len(polygon)
    j = count - 1
    for i in range(count):
        xi, yi = polygon[i]
        xj, yj = polygon[j]
        if (yi > y) != (yj > y):
            cross = xi + (y - yi) * (xj - xi) / (yj - yi)
            if x < cross:
                inside = not inside
        j = i
    return inside


def on_edge(polygon: Sequence[Point], x: float, y: float) -> bool:
    """Whether (x, y) lies on the polygon's outline."""
    count = len(polygon)
    for i in range(count):
        ax, ay = polygon[i - 1]
        bx, by = polygon[i]
        if min(ax, bx) - _EDGE <= x <= max(ax, bx) + _EDGE and (
            min(ay, by) - _EDGE <= y <= max(ay, by) + _EDGE
        ):
            if abs((bx - ax) * (y - ay) - (by - ay) * (x - ax)) <= _EDGE * max(
                1.0, abs(bx - ax) + abs(by - ay)
            ):
                return True
    return False


def segment_crossing(a: Point, b: Point, c: Point, d: Point) -> Point | None:
    """Where segment a-b meets segment c-d, if they meet at a single point."""
    rx, ry = b[0] - a[0], b[1] - a[1]
    sx, sy = d[0] - c[0], d[1] - c[1]
    denominator = rx * sy - ry * sx
    if denominator == 0:
        return None
    qx, qy = c[0] - a[0], c[1] - a[1]
    t = (qx * sy - qy * sx) / denominator
    u = (qx * ry - qy * rx) / denominator
    if -_EDGE <= t <= 1 + _EDGE and -_EDGE <= u <= 1 + _EDGE:
        return (a[0] + t * rx, a[1] + t * ry)
    return None


def path_crossing(first: Sequence[Point], second: Sequence[Point]) -> Point | None:
    """The first point where two polylines cross, walking along the first."""
    for i in range(len(first) - 1):
        for j in range(len(second) - 1):
            found = segment_crossing(first[i], first[i + 1], second[j], second[j + 1])
            if found is not None:
                return found
    return None
