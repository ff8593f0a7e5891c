"""A dark palette: unticked boxes keep a visible edge, disabled buttons look disabled."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleFactory, QStyleOptionViewItem

from calmdesk.ui.common.contrast import contrast_ratio
from calmdesk.ui.common.legible_style import MIN_EDGE_CONTRAST, LegibleStyle, legible_palette


def dark_palette() -> QPalette:
    """A dark palette as some desktops hand it over: colours for the active group, no disabled ones."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e0e0e0"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e0e0e0"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e0e0e0"),
    ):
        palette.setColor(role, QColor(colour))  # every group: disabled looks like enabled
    return palette


def _contrast(a: QColor, b: QColor) -> float:
    return contrast_ratio(a.name(), b.name())


def test_disabled_text_is_made_plainly_fainter_and_a_good_palette_is_kept(qapp) -> None:
    dark = dark_palette()
    mended = legible_palette(dark)
    button = mended.color(QPalette.ColorRole.Button)
    enabled = mended.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = mended.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert _contrast(disabled, button) < 0.7 * _contrast(enabled, button)
    assert _contrast(disabled, button) > 1.5, "still readable"
    light = QStyleFactory.create("Fusion").standardPalette()
    assert legible_palette(light) == light, "a palette that already greys disabled text is left alone"


def _unticked_box(style: QStyle, palette: QPalette) -> tuple[QImage, QColor]:
    image = QImage(24, 24, QImage.Format.Format_RGB32)
    base = palette.color(QPalette.ColorRole.Base)
    image.fill(base)
    option = QStyleOptionViewItem()
    option.rect = QRect(4, 4, 16, 16)
    option.palette = palette
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Off
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, option, painter)
    painter.end()
    return image, base


def _best_edge_contrast(image: QImage, base: QColor) -> float:
    return max(
        _contrast(QColor(image.pixel(x, y)), base)
        for x in range(image.width())
        for y in range(image.height())
    )


def test_an_unticked_box_shows_its_edge_on_a_dark_list(qapp) -> None:
    fusion = QStyleFactory.create("Fusion")
    plain, base = _unticked_box(fusion, dark_palette())
    assert _best_edge_contrast(plain, base) < MIN_EDGE_CONTRAST  # what the agent saw: no box at all
    legible = LegibleStyle(QStyleFactory.create("Fusion"))
    mended, base = _unticked_box(legible, dark_palette())
    assert _best_edge_contrast(mended, base) >= MIN_EDGE_CONTRAST
