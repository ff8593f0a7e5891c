"""Where the checklist panel goes beside the chat under sway (the arithmetic; the e2e test moves it)."""

from __future__ import annotations

from calmdesk.system.sway_place import GAP, Rect, beside, outer

AREA = Rect(0, 0, 1280, 800)
PANEL = (384, 687)


def test_right_of_the_chat_where_there_is_room() -> None:
    assert beside(Rect(20, 40, 600, 500), PANEL, AREA) == (620 + GAP, 40)


def test_left_of_the_chat_when_the_right_is_full() -> None:
    assert beside(Rect(700, 40, 580, 500), PANEL, AREA) == (700 - GAP - 384, 40)


def test_over_the_chats_right_edge_when_it_fills_the_screen() -> None:
    x, y = beside(Rect(0, 0, 1280, 800), PANEL, AREA)
    assert x + PANEL[0] == AREA.right - GAP
    assert y == GAP


def test_never_below_the_screen() -> None:
    _x, y = beside(Rect(20, 500, 600, 300), PANEL, AREA)
    assert y + PANEL[1] <= AREA.bottom


def test_without_a_chat_at_the_screens_right_edge() -> None:
    assert beside(None, PANEL, AREA) == (AREA.right - PANEL[0] - GAP, GAP)


def test_the_outer_rect_counts_the_title_bar() -> None:
    node = {"rect": {"x": 20, "y": 65, "width": 600, "height": 475}, "deco_rect": {"height": 25}}
    assert outer(node) == Rect(20, 40, 600, 500)
