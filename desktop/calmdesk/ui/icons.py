"""The app and tray icons, read from the packaged SVG art through importlib.resources."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

APP_ICON = "calmdesk.svg"
MONOCHROME_ICON = "calmdesk-symbolic.svg"
_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def svg_bytes(name: str) -> bytes:
    """The raw SVG of an icon shipped in calmdesk.resources/icons (a plain file name, never a path)."""
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not an icon name: {name!r}")
    return resources.files("calmdesk.resources").joinpath("icons", name).read_bytes()


def svg_icon(name: str = APP_ICON) -> QIcon:
    """A QIcon rendered from SVG at every common size and at 1x and 2x, so it is crisp on HiDPI.

    Rendered here rather than through QIcon(path): the SVG icon-engine plugin may be missing from a
    trimmed install, and a package can live inside a zip where there is no path to give Qt.
    """
    renderer = QSvgRenderer(QByteArray(svg_bytes(name)))
    icon = QIcon()
    for size in _SIZES:
        for ratio in (1, 2):
            image = QImage(QSize(size, size) * ratio, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap)
    return icon
