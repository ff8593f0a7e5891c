"""The X selection and clipboard looked at through xclip helper processes, so no owner can hold the GUI."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QProcess, QTimer
from PySide6.QtGui import QGuiApplication

from calmdesk.system.clipboard import OWN_MIME_TYPE

# Qt asks an X clipboard's owner from the GUI thread and waits up to 5 s per request for the answer; a hung
# program would freeze the popup that long. xclip asks instead, in a process of its own.
TEXT_TARGETS = ("UTF8_STRING", "text/plain;charset=utf-8", "STRING", "TEXT", "text/plain")
ANSWER_MS = 2000  # an owner that has not answered by then is not waited for (xclip would wait for ever)
SELECTIONS = ("primary", "clipboard")  # what the agent last selected, then what they copied

Offer = tuple[str, tuple[str, ...]]  # a text offered and the mime types it is offered as
Done = Callable[["list[Offer] | None"], None]


def xclip_fetch_possible() -> bool:
    """On X11 (Qt's xcb platform) with xclip installed: the Debian package depends on it."""
    return QGuiApplication.platformName() == "xcb" and shutil.which("xclip") is not None


class SelectionFetch(QObject):
    """`fetch(done, max_chars)`: the selection's text, then the clipboard's, each with its targets, handed
    to `done` as a list (None when all there is is CalmDesk's own copy). A newer fetch cancels an older
    one; an owner that does not answer in `ANSWER_MS` counts as empty."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._round = 0
        self._running: list[QProcess] = []

    def fetch(self, done: Done, max_chars: int) -> None:
        self._round += 1
        for proc in self._running:
            proc.kill()
        self._running.clear()
        state = _Round(self._round, done, max_chars, list(SELECTIONS))
        self._next(state)

    def _next(self, state: _Round) -> None:
        if state.number != self._round:
            return
        if not state.left:
            state.done(None if state.own and not state.offers else state.offers)
            return
        name = state.left.pop(0)
        clipboard = QGuiApplication.clipboard()
        owned = clipboard.ownsSelection() if name == "primary" else clipboard.ownsClipboard()
        if owned:  # CalmDesk's own copy: no need to ask ourselves through X
            state.own = True
            self._next(state)
            return
        self._run(
            state, ["-o", "-selection", name, "-t", "TARGETS"], lambda out: self._targets(state, name, out)
        )

    def _targets(self, state: _Round, name: str, out: bytes) -> None:
        kinds = tuple(line.strip() for line in out.decode("utf-8", "replace").splitlines() if line.strip())
        if OWN_MIME_TYPE in kinds:
            state.own = True
            self._next(state)
            return
        target = next((t for t in TEXT_TARGETS if t in kinds), None)
        if target is None:  # nothing there, an image, a file list: nothing to read
            self._next(state)
            return

        def text(data: bytes) -> None:
            state.offers.append((data.decode("utf-8", "replace")[: state.max_chars], kinds))
            self._next(state)

        self._run(state, ["-o", "-selection", name, "-t", target], text)

    def _run(self, state: _Round, args: list[str], then: Callable[[bytes], None]) -> None:
        proc = QProcess(self)
        out = bytearray()
        limit = state.max_chars * 4  # UTF-8: at most four bytes a character; past that, no more is read
        finished = False

        def read() -> None:
            out.extend(proc.readAllStandardOutput().data())
            if len(out) > limit:
                proc.kill()

        def finish(*_args: object) -> None:
            nonlocal finished
            if finished:
                return
            finished = True
            read()  # what came with the end
            if proc in self._running:
                self._running.remove(proc)
            proc.deleteLater()
            if state.number == self._round:
                then(bytes(out[:limit]))

        def failed(error: QProcess.ProcessError) -> None:
            if error == QProcess.ProcessError.FailedToStart:  # no finished() comes after this one
                finish()

        proc.readyReadStandardOutput.connect(read)
        proc.finished.connect(finish)
        proc.errorOccurred.connect(failed)
        proc.setStandardErrorFile(QProcess.nullDevice())
        self._running.append(proc)
        QTimer.singleShot(ANSWER_MS, proc, proc.kill)
        proc.start("xclip", args)


@dataclass
class _Round:
    """One fetch: the selections still to look at, what was found, and whom to tell."""

    number: int
    done: Done
    max_chars: int
    left: list[str]
    offers: list[Offer] = field(default_factory=list)
    own: bool = False
