"""Give the agent's clipboard back after an auto-paste, once the window pasted into has read the phrase.

A paste is asynchronous on X11 and Wayland alike: the paste key only tells the other program to ask the
clipboard's owner (us) for the text, which it does when it gets round to it. Putting the old content back
at a fixed moment would race that read and paste the agent's old clipboard into the chat. So the phrase goes
on the clipboard as a QMimeData that notices being read; the old content comes back a moment after the
first read since the paste key went out (a paste reads its formats in one burst; a clipboard manager or a
tool that keeps reading must not hold the agent's clipboard away for ever). No read within GIVE_UP_MS: the
paste never happened, and the phrase stays (as without the option).

The primary selection (middle-click paste; X11, and Wayland compositors that have one) got the phrase too:
it is given back with the clipboard, since a paste never reads it.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

log = logging.getLogger(__name__)

SETTLE_MS = 500  # a paste reads a format or two in one burst; the clipboard comes back after it
GIVE_UP_MS = 5000
_MAX_KEPT_BYTES = 32 * 1024 * 1024  # a huge image on the clipboard is not copied into our memory


class WatchedMimeData(QMimeData):
    """The phrase as put on the clipboard; once `armed`, each read of it (a paste elsewhere) counts.

    Signals:
        read(): another program (or this one) asked for the content.
    """

    read = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.armed = False  # Qt reads the data itself while taking the clipboard: not a paste
        self.reads = 0

    def retrieveData(self, mimetype: str, preferred_type: object) -> object:
        if self.armed:
            self.reads += 1
            self.read.emit()
        return super().retrieveData(mimetype, preferred_type)  # type: ignore[arg-type]


class ClipboardReturn(QObject):
    """Keeps a copy of the agent's clipboard before a copy meant for auto-paste, and gives it back after.

    Signals:
        givenBack(): the agent's own content is on the clipboard again.
    """

    givenBack = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kept: QMimeData | None = None
        self._kept_selection: QMimeData | None = None  # empty: the selection was empty
        self._phrase: WatchedMimeData | None = None
        self._settle = QTimer(self)
        self._give_up = QTimer(self)

        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._give_up.setSingleShot(True)
        self._give_up.setInterval(GIVE_UP_MS)

        self._settle.timeout.connect(self._give_back)
        self._give_up.timeout.connect(self._not_read)

    def keep(self) -> None:
        """Copy what the clipboard and the primary selection hold now (the agent's own, unless a phrase of
        ours)."""
        self._forget()
        clipboard = _clipboard()
        current = clipboard.mimeData(QClipboard.Mode.Clipboard)
        if current is not None and not isinstance(current, WatchedMimeData):
            self._kept = _copied(current)
        if clipboard.supportsSelection():
            selection = clipboard.mimeData(QClipboard.Mode.Selection)
            if selection is None or not selection.formats():
                self._kept_selection = QMimeData()  # nothing was selected: it is put back empty
            elif not isinstance(selection, WatchedMimeData):  # not a phrase of ours
                self._kept_selection = _copied(selection)

    def before_paste(self) -> None:
        """The paste key is about to go out: reads from now on are the paste's (not a clipboard manager's
        taking its copy of the phrase)."""
        phrase = _clipboard().mimeData(QClipboard.Mode.Clipboard)
        if isinstance(phrase, WatchedMimeData):
            phrase.reads = 0

    def after_paste(self) -> None:
        """The paste key went out: give the kept content back once the phrase has been read."""
        phrase = _clipboard().mimeData(QClipboard.Mode.Clipboard)
        if self._kept is None or not isinstance(phrase, WatchedMimeData):
            self._forget()
            return
        self._phrase = phrase
        phrase.read.connect(self._first_read)
        if phrase.reads:  # read while the paste key was being typed (Wayland serves it meanwhile)
            self._first_read()
        self._give_up.start()

    def _first_read(self) -> None:
        if not self._settle.isActive():  # counted from the first read: later ones do not hold it back
            self._settle.start()

    def _give_back(self) -> None:
        self._give_up.stop()
        clipboard = _clipboard()
        # Only over our phrase: whatever the agent copied or selected since is theirs to keep.
        if self._kept is not None and clipboard.mimeData(QClipboard.Mode.Clipboard) is self._phrase:
            self._give_back_selection(clipboard)
            clipboard.setMimeData(self._kept, QClipboard.Mode.Clipboard)  # Qt takes ownership
            self._kept = None
            self.givenBack.emit()
        self._forget()

    def _give_back_selection(self, clipboard: QClipboard) -> None:
        kept, self._kept_selection = self._kept_selection, None
        selection = clipboard.mimeData(QClipboard.Mode.Selection) if kept is not None else None
        if kept is None or not isinstance(selection, WatchedMimeData):  # the agent selected since
            return
        if kept.formats():
            clipboard.setMimeData(kept, QClipboard.Mode.Selection)
        else:
            clipboard.clear(QClipboard.Mode.Selection)

    def _not_read(self) -> None:
        log.info("the phrase was not read within %d ms of the paste key: the clipboard keeps it", GIVE_UP_MS)
        self._forget()

    def _forget(self) -> None:
        self._settle.stop()
        self._give_up.stop()
        if self._phrase is not None:
            # RuntimeError: the clipboard was taken meanwhile, and Qt deleted the phrase with it.
            with contextlib.suppress(RuntimeError, TypeError):
                self._phrase.read.disconnect(self._first_read)
        self._phrase = None
        self._kept = None
        self._kept_selection = None


def _copied(current: QMimeData) -> QMimeData | None:
    """A copy of every format of `current`; None when it is empty or too large to keep."""
    kept = QMimeData()
    size = 0
    for mime in current.formats():
        data = current.data(mime)
        size += data.size()
        if size > _MAX_KEPT_BYTES:
            log.info("the clipboard holds more than %d bytes: not kept", _MAX_KEPT_BYTES)
            return None
        kept.setData(mime, data)
    return kept if kept.formats() else None


def _clipboard() -> QClipboard:
    return QGuiApplication.clipboard()
