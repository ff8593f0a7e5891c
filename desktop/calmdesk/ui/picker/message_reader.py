"""Reads the customer's message on the selection or clipboard after the popup shows, off the GUI thread."""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from calmdesk.core.languages import ENGLISH, supported
from calmdesk.core.messages import gettext as _
from calmdesk.system.clipboard import OWN_MIME_TYPE
from calmdesk.ui.picker.selection_fetch import Offer, SelectionFetch, xclip_fetch_possible

if TYPE_CHECKING:  # the reader loads in the worker on first use: start-up neither imports nor compiles it
    from calmdesk.core.reading import Knowledge
    from calmdesk.core.reading.for_reply import MessageOutcome

log = logging.getLogger(__name__)

# The reader reads no further (core.reading.prepared.MAX_READ_CHARS); a 10 MB clipboard is cut here.
CLIPBOARD_CHARS = 20_000
# What the clipboard holds, or None when all of it is CalmDesk's own copy (the last reading then stands).
Fetch = Callable[[], "list[Offer] | None"]


def clipboard_offers() -> list[Offer] | None:
    """The text of the selection (what the agent last pointed at), then the clipboard's, with their mime
    types; a phrase CalmDesk copied itself is left out. Never more than the reader reads of a text."""
    clipboard = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.insert(0, QClipboard.Mode.Selection)
    offers: list[Offer] = []
    own = False
    for mode in modes:
        owned = clipboard.ownsSelection() if mode == QClipboard.Mode.Selection else clipboard.ownsClipboard()
        data = None if owned else clipboard.mimeData(mode)
        if owned or (data is not None and data.hasFormat(OWN_MIME_TYPE)):
            own = True
            continue
        if data is None or not data.hasText():  # empty, an image, a file list: nothing to read
            continue
        offers.append((data.text()[:CLIPBOARD_CHARS], tuple(data.formats())))
    return None if own and not offers else offers


class MessageReader(QObject):
    """`request()` looks at what is offered on the next turn of the event loop (the popup is drawn first),
    reads it in a worker thread, and emits `outcomeReady(MessageOutcome)` back on the GUI thread.

    On X11 with xclip, helper processes ask the selection's owner (`SelectionFetch`): a hung program never
    holds the GUI thread. Elsewhere (Wayland: the focused popup is served at once) Qt's clipboard is asked,
    or `fetch` when given (tests).

    The reader's knowledge (the built-in data and the team folders' reading/*.toml) is loaded in the worker
    on first use. A request made while an older one runs supersedes it; the same texts are not read twice.
    Nothing read is written anywhere.
    """

    outcomeReady = Signal(object)
    _finished = Signal(int, object)  # (request number, MessageOutcome), from the worker

    def __init__(self, fetch: Fetch | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch or clipboard_offers
        self._selection = SelectionFetch(self) if fetch is None and xclip_fetch_possible() else None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="calmdesk-reading")
        self._request = 0
        self._last: tuple[tuple[Offer, ...], MessageOutcome] | None = None
        self._knowledge: tuple[tuple[Path, ...], Knowledge] | None = None  # the worker's only
        # The interface's language, set before any window: the tips a threat raises are for the agent.
        self._tips_lang = supported(QLocale().name()) or ENGLISH
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)
        # The worker may finish after this object is gone (the window closed, CalmDesk quits): emitting on a
        # deleted QObject crashes the process. The worker emits only while `alive`, under `_emit_lock`; the
        # object clears it under the same lock as it goes, so it cannot go in the middle of an emit.
        self._alive = [True]
        self._emit_lock = threading.Lock()
        alive, lock = self._alive, self._emit_lock

        def gone(*_: object) -> None:  # no `self` in here: it runs while the object is being deleted
            with lock:
                alive[0] = False

        self.destroyed.connect(gone)

    def request(self, known_ids: frozenset[str], pack_dirs: Sequence[Path]) -> None:
        """Read the message soon; `known_ids`: the loaded phrases (only these are offered)."""
        self._request += 1
        number, dirs = self._request, tuple(pack_dirs)
        QTimer.singleShot(0, self, lambda: self._start(number, known_ids, dirs))

    def cancel(self) -> None:
        """Whatever is being read is not shown (the popup hid, the setting went off)."""
        self._request += 1

    def last(self) -> MessageOutcome | None:
        return self._last[1] if self._last is not None else None

    def shutdown(self) -> None:
        self.cancel()
        with self._emit_lock:
            self._alive[0] = False
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _start(self, number: int, known_ids: frozenset[str], dirs: tuple[Path, ...]) -> None:
        if number != self._request:
            return
        if self._selection is not None:
            self._selection.fetch(lambda offers: self._got(number, offers, known_ids, dirs), CLIPBOARD_CHARS)
            return
        try:
            offers = self._fetch()
        except Exception as exc:  # a clipboard owner that misbehaves costs the line, never the popup
            log.warning(_("Could not look at the clipboard: %(reason)s"), {"reason": exc})
            offers = []
        self._got(number, offers, known_ids, dirs)

    def _got(
        self, number: int, offers: list[Offer] | None, known_ids: frozenset[str], dirs: tuple[Path, ...]
    ) -> None:
        if number != self._request:
            return
        if offers is None:  # our own phrase: the message it answered is still the one to show
            if self._last is not None:
                self.outcomeReady.emit(self._last[1])
            return
        key = tuple(offers)
        if self._last is not None and self._last[0] == key:
            self.outcomeReady.emit(self._last[1])
            return
        self._pool.submit(self._work, number, key, known_ids, dirs)

    def _work(
        self, number: int, offers: tuple[Offer, ...], known_ids: frozenset[str], dirs: tuple[Path, ...]
    ) -> None:
        from calmdesk.core.reading.for_reply import MessageOutcome, Offered, read_offered

        # The cycle collector runs on whichever thread allocates. Here, loading the knowledge, it once freed
        # a window's QObject off the GUI thread: ~QObject waited for the GIL while the GUI thread held it,
        # waiting for Qt's connection lock in QObject::connect, a deadlock. Paused for the job, so the GUI
        # thread does the collecting.
        paused = gc.isenabled()
        gc.disable()
        try:
            candidates = [Offered(text, kinds) for text, kinds in offers]
            outcome = read_offered(candidates, known_ids, self._knowledge_for(dirs), self._tips_lang)
        except Exception:  # the reader never raises by design; if it does, the popup must not care
            log.exception("Reading the message failed")
            outcome = MessageOutcome()
        finally:
            if paused:
                gc.enable()
        with self._emit_lock:
            if self._alive[0]:
                with contextlib.suppress(RuntimeError):  # the window went away while this was read
                    self._finished.emit(number, (offers, outcome))

    def _knowledge_for(self, dirs: tuple[Path, ...]) -> Knowledge:
        from calmdesk.core.reading import load_knowledge

        with self._lock:
            if self._knowledge is None or self._knowledge[0] != dirs:
                knowledge = load_knowledge(dirs)
                for problem in knowledge.problems:
                    log.warning(_("Reading data: %(problem)s"), {"problem": problem})
                self._knowledge = (dirs, knowledge)
            return self._knowledge[1]

    def _deliver(self, number: int, result: tuple[tuple[Offer, ...], MessageOutcome]) -> None:
        offers, outcome = result
        self._last = (offers, outcome)
        if number == self._request:
            self.outcomeReady.emit(outcome)
