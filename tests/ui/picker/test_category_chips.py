"""Category chips: easy targets, and the colour dot of the selected chip never vanishes into the chip."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QPushButton

from calmdesk.core.library import load_library
from calmdesk.ui.common.contrast import MIN_MARK_CONTRAST, contrast_ratio
from calmdesk.ui.picker.category_bar import CategoryBar


def _over(pixel: QColor, background: QColor) -> str:
    """The colour the eye sees: the icon's pixel drawn over the chip's background."""
    alpha = pixel.alphaF()
    mixed = [
        round(alpha * top + (1 - alpha) * bottom)
        for top, bottom in zip(pixel.getRgb()[:3], background.getRgb()[:3], strict=True)
    ]
    return QColor(*mixed).name()


def _chips(qtbot) -> tuple[CategoryBar, list[QPushButton]]:
    bar = CategoryBar()
    qtbot.addWidget(bar)
    bar.set_categories(load_library().categories)
    bar.show()
    return bar, bar.findChildren(QPushButton)


def test_chips_are_at_least_24_px_tall(qtbot) -> None:
    _bar, chips = _chips(qtbot)
    assert min(chip.sizeHint().height() for chip in chips) >= 24


def test_the_dot_of_a_selected_chip_stands_out_from_the_highlight(qtbot) -> None:
    bar, chips = _chips(qtbot)
    highlight = bar.palette().color(QPalette.ColorRole.Highlight)
    for chip in chips[1:]:  # "All" has no dot
        pixmap = chip.icon().pixmap(QSize(10, 10), QIcon.Mode.Normal, QIcon.State.On)
        image = pixmap.toImage()
        colours = {
            _over(image.pixelColor(x, y), highlight)
            for x in range(image.width())
            for y in range(image.height())
        }
        best = max(contrast_ratio(colour, highlight.name()) for colour in colours)
        assert best >= MIN_MARK_CONTRAST, chip.text()
