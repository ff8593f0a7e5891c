"""Where a window goes so that it hides nothing it must not: the nearest free spot to where it wants to be."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import product

from PySide6.QtCore import QRect, QSize

from calmdesk.ui.common.screen_fit import fit_rect

GAP = 8  # between two windows set side by side: they read as two, not one


def overlap(rect: QRect, others: Sequence[QRect]) -> int:
    """The area of `rect` that lies over any of `others` (overlaps among `others` count twice)."""
    total = 0
    for other in others:
        common = rect.intersected(other)
        if not common.isEmpty():
            total += common.width() * common.height()
    return total


def place_clear(
    want: QRect,
    area: QRect,
    avoid: Sequence[QRect],
    rather_avoid: Sequence[QRect] = (),
    smallest: QSize | None = None,
) -> QRect:
    """`want` moved (and, only where that helps, shrunk down to `smallest`) inside `area` so that it
    covers none of `avoid` and as little of `rather_avoid` as it can, as near to where it wanted to be.

    Tried: each column (where it wanted to be, left or right of each obstacle) with each row (where it
    wanted to be, above or below each obstacle) at its full size, and, shrunk to the room beside or above
    and below each obstacle, against each row or column. Ranked by what it covers of `avoid`, then of
    `rather_avoid`, then by how much it had to shrink, then by how far it moved. Pure: tested without windows.
    """
    obstacles = [*avoid, *rather_avoid]
    if not overlap(want, obstacles):
        return fit_rect(want, area)
    least = smallest or want.size()
    # Ranked against the obstacles grown by the gap: a window 3 px off the panel reads as lying on it.
    must = [o.adjusted(-GAP, -GAP, GAP, GAP) for o in avoid]
    rather = [o.adjusted(-GAP, -GAP, GAP, GAP) for o in rather_avoid]
    best: tuple[tuple[int, int, int, int], QRect] | None = None
    for spot in _candidates(want, area, obstacles, least):
        spot = fit_rect(spot, area)
        rank = (
            overlap(spot, must),
            overlap(spot, rather),
            want.width() * want.height() - spot.width() * spot.height(),
            abs(spot.x() - want.x()) + abs(spot.y() - want.y()),
        )
        if best is None or rank < best[0]:
            best = (rank, spot)
    assert best is not None  # where it wanted to be is always among the spots tried
    return best[1]


def _candidates(want: QRect, area: QRect, obstacles: Sequence[QRect], least: QSize) -> Iterator[QRect]:
    width, height = want.width(), want.height()
    xs = {want.x()} | {x for o in obstacles for x in (o.left() - GAP - width, o.right() + 1 + GAP)}
    ys = {want.y()} | {y for o in obstacles for y in (o.top() - GAP - height, o.bottom() + 1 + GAP)}
    for x, y in product(xs, ys):
        yield QRect(x, y, width, height)
    for o in obstacles:
        # Narrower, in the room left or right of the obstacle; lower, in the room above or below it.
        left_room = _fit(width, least.width(), o.left() - area.left() - GAP)
        right_room = _fit(width, least.width(), area.right() - o.right() - GAP)
        above_room = _fit(height, least.height(), o.top() - area.top() - GAP)
        below_room = _fit(height, least.height(), area.bottom() - o.bottom() - GAP)
        for y in ys:
            yield QRect(o.left() - GAP - left_room, y, left_room, height)
            yield QRect(o.right() + 1 + GAP, y, right_room, height)
        for x in xs:
            yield QRect(x, o.top() - GAP - above_room, width, above_room)
            yield QRect(x, o.bottom() + 1 + GAP, width, below_room)


def _fit(full: int, least: int, room: int) -> int:
    """The size that fits `room`, never below `least` nor above `full`."""
    return max(least, min(full, room))
