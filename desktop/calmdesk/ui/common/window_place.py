"""Where a tool window was and how big: kept in an INI file under the state folder, restored next time."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget


class WindowPlace:
    """Saves and restores one window's geometry under `key`; with no file, it keeps nothing."""

    def __init__(self, geometry_file: str | None, key: str) -> None:
        self._file = geometry_file
        self._key = key

    def _settings(self) -> QSettings | None:
        return QSettings(self._file, QSettings.Format.IniFormat) if self._file else None

    def restore(self, window: QWidget) -> None:
        store = self._settings()
        saved = store.value(self._key) if store is not None else None
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            window.restoreGeometry(saved)

    def save(self, window: QWidget) -> None:
        store = self._settings()
        if store is not None:
            store.setValue(self._key, window.saveGeometry())
            store.sync()
