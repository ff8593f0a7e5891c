"""Stand-ins the UI tests share: a clipboard read back from Qt's, one that records, a paster that records."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


class QtClipboardWriter:
    """Writes straight to QClipboard; the tests read it back with QGuiApplication.clipboard()."""

    def copy(self, text: str, html: str | None = None) -> None:
        QGuiApplication.clipboard().setText(text)


class RecordingClipboard:
    """Keeps every text it is given, in order (no display needed)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def copy(self, text: str, html: str | None = None) -> None:
        self.texts.append(text)


class FakePaster:
    """Records auto-paste calls instead of sending keys to another window."""

    def __init__(self) -> None:
        self.pasted: list[int] = []
        self.kept = 0
        self.given_back = 0

    def active_window(self) -> int | None:
        return 4242

    def paste_into(self, window: int) -> None:
        self.pasted.append(window)

    def unavailable(self) -> str | None:
        return None

    def keep_clipboard(self) -> None:
        self.kept += 1

    def give_clipboard_back(self) -> None:
        self.given_back += 1
