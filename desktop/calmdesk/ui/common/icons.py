"""The app and tray icons, read from the packaged SVG art in calmdesk.resources/icons."""

from __future__ import annotations

import contextlib
import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from calmdesk.core.resource_files import files, local_path

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

APP_ICON = "calmdesk.svg"
MONOCHROME_ICON = "calmdesk-symbolic.svg"
_FALLBACK_SIZES = (16, 22, 24, 32, 48, 64)

# Keeps the files that as_file() had to extract (zip installs) alive for as long as the icons are in use.
_extracted = contextlib.ExitStack()


def _resource(name: str) -> Traversable:
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not an icon name: {name!r}")
    return files().joinpath("icons", name)


def svg_bytes(name: str) -> bytes:
    """The raw SVG of an icon shipped in calmdesk.resources/icons (a plain file name, never a path)."""
    return _resource(name).read_bytes()


@functools.cache
def svg_icon(name: str = APP_ICON) -> QIcon:
    """A QIcon that renders the SVG at whatever size and scale it is drawn, so it is crisp on HiDPI.

    Qt's SVG icon engine renders on demand, which is cheaper at start than pre-rendering every size;
    where that plugin is missing, the icon is pre-rendered at the common sizes at 1x and 2x instead.
    """
    icon = QIcon(str(local_path(_resource(name), _extracted)))
    if icon.pixmap(16).isNull():
        icon = _prerendered(svg_bytes(name))
    return icon


def _prerendered(svg: bytes) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer  # only on this fallback path: QtSvg is otherwise not needed

    renderer = QSvgRenderer(QByteArray(svg))
    icon = QIcon()
    for size in _FALLBACK_SIZES:
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
