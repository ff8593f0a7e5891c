"""A window placed so that it hides nothing it must not: the picker beside the panel, the greeting aside."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

from calmdesk.ui.common.clear_place import GAP, overlap, place_clear

SCREEN = QRect(0, 0, 1280, 775)


def test_a_window_in_the_clear_stays_where_it_wanted_to_be() -> None:
    want = QRect(280, 78, 720, 460)
    assert place_clear(want, SCREEN, [QRect(1100, 400, 100, 20)]) == want
    assert place_clear(want, SCREEN, []) == want


def test_the_picker_opens_beside_the_panel_at_full_size_when_there_is_room() -> None:
    panel = QRect(900, 0, 380, 660)
    step = QRect(905, 120, 150, 22)
    spot = place_clear(QRect(280, 78, 720, 460), SCREEN, [step], [panel], QSize(480, 360))
    assert spot == QRect(900 - GAP - 720, 78, 720, 460), "moved left, same height on screen, same size"
    left_panel = QRect(0, 0, 380, 660)
    spot = place_clear(QRect(280, 78, 720, 460), SCREEN, [QRect(5, 120, 150, 22)], [left_panel])
    assert spot == QRect(380 + GAP, 78, 720, 460)


def test_with_no_room_beside_the_panel_the_step_stays_in_view_at_the_cost_of_the_rest() -> None:
    # 200% on a 1600x1000 screen: 800x500 for Qt, a panel of 380 at the left edge.
    area = QRect(0, 0, 800, 500)
    panel = QRect(0, 0, 380, 500)
    step = QRect(5, 200, 160, 22)
    spot = place_clear(QRect(40, 20, 720, 460), area, [step], [panel], QSize(480, 360))
    assert not spot.intersects(step)
    assert area.contains(spot)
    assert spot.width() >= 480
    assert spot.height() >= 360
    assert overlap(spot, [panel]) < overlap(QRect(40, 20, 720, 460), [panel]), "covers less of the panel"


def test_it_shrinks_only_as_far_as_it_must_and_never_below_its_smallest_size() -> None:
    area = QRect(0, 0, 1000, 700)
    panel = QRect(600, 0, 400, 700)
    spot = place_clear(QRect(140, 60, 720, 460), area, [QRect(605, 100, 150, 22)], [panel], QSize(480, 360))
    assert spot.size() == QSize(600 - GAP, 460), "narrowed to the room left of the panel, no further"
    assert not spot.intersects(panel)
    tight = QRect(0, 0, 700, 500)
    panel = QRect(300, 0, 400, 500)
    spot = place_clear(QRect(0, 20, 660, 460), tight, [QRect(305, 100, 150, 22)], [panel], QSize(480, 360))
    assert spot.width() >= 480
    assert spot.height() >= 360


def test_a_greeting_steps_aside_below_the_picker_when_it_fits_there() -> None:
    picker = QRect(280, 78, 720, 460)
    greeting = QRect(450, 290, 380, 190)
    spot = place_clear(greeting, SCREEN, [picker])
    assert spot == QRect(450, picker.bottom() + 1 + GAP, 380, 190)
    assert not spot.intersects(picker)
