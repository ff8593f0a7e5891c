"""Every category dot and badge stays readable on what it sits on, in the light and the dark palette."""

from __future__ import annotations

import pytest

from calmdesk.core.library import load_library
from calmdesk.ui.common.contrast import MIN_MARK_CONTRAST, contrast_ratio, separating_ring

# The backgrounds the marks sit on: the chip or row as it is, and as it is when selected (the highlight),
# for Qt's default light palette and the dark palette the screenshots use (a KDE/GNOME dark theme).
BACKGROUNDS = {
    "light base": "#ffffff",
    "light window": "#efefef",
    "light highlight": "#308cc6",
    "dark base": "#1f2023",
    "dark window": "#2b2d30",
    "dark highlight": "#3d7fc1",
}
COLORS = {key: category.color for key, category in load_library().categories.items()}


def test_contrast_ratio_matches_the_wcag_figures() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("background", BACKGROUNDS.values(), ids=BACKGROUNDS.keys())
@pytest.mark.parametrize("category", COLORS)
def test_every_mark_stands_out_by_3_to_1(category: str, background: str) -> None:
    color = COLORS[category]
    ring = separating_ring(color, background)
    edge = ring if ring is not None else color
    assert contrast_ratio(edge, background) >= MIN_MARK_CONTRAST


def test_the_listen_badge_on_a_selected_row_gets_a_ring() -> None:
    # The case found on the first day: the blue "Listen" badge on the blue selected row.
    assert contrast_ratio(COLORS["listen"], BACKGROUNDS["light highlight"]) < MIN_MARK_CONTRAST
    assert separating_ring(COLORS["listen"], BACKGROUNDS["light highlight"]) is not None
