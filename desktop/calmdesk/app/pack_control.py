"""Team pack folders kept current in the running app: watched, reloaded after a quiet moment, problems said.

The watcher is Qt's (QFileSystemWatcher); what is loaded and how is core's (`load_configured`, the user
layer, the team cache, the memo of files read). A change is loaded on a thread of its own, so a team folder
of thousands of files never holds up the picker or the hotkey. A folder that is missing is looked at again
every so often, since a share that comes back (the laptop is back on the office network) sends no event.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from calmdesk.core.library import Library
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import Problem
from calmdesk.core.team_cache import SETTLE_SECONDS, SETTLING_MARK, UNREACHABLE_MARK

log = logging.getLogger(__name__)

# A save in an editor or a `git pull` touches several files in a burst: one reload after it settles.
DEBOUNCE_MS = 400
# How often missing folders are looked for again (a share coming back sends no event).
MISSING_POLL_MS = 30_000


class PackControl(QObject):
    """Watches the pack folders and reloads the library when a pack file changes.

    Signals:
        reloaded(object, float): the new base library (before the user layer) and the seconds it took.
        problemsFound(list): problems to tell the agent: new ones since the last reload, an unreachable
            folder once per run.
    """

    reloaded = Signal(object, float)
    problemsFound = Signal(list)

    def __init__(
        self, load: Callable[[], Library], folders: Sequence[Path], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._folders: list[Path] = []
        self._watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self)
        self._poll = QTimer(self)
        self._settle = QTimer(self)  # a file held back while it may still be being written: look again
        self._shown: set[str] = set()  # problems already told (so a reload does not repeat them)
        self._loading = threading.Lock()  # one load at a time (see _timed)
        self._busy = False  # a load runs on the thread
        self._again = False  # a change came while it ran: load once more when it is done
        self._changed: set[str] = set()  # watched paths that changed: watched afresh at the next rewatch
        self._started = 0  # loads started; each result carries its number
        self._shown_load = 0  # the newest load handed out: an older one finishing later is dropped
        # The loader of the load on the thread, held here until it is handed back: a loader may hold a
        # QObject (LibraryControl's methods do), whose last reference must not go away on that thread.
        self._loader: Callable[[], Library] | None = None

        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._poll.setInterval(MISSING_POLL_MS)
        self._settle.setSingleShot(True)
        self._settle.setInterval(int(SETTLE_SECONDS * 1000) + DEBOUNCE_MS)

        self._watcher.directoryChanged.connect(self._on_change)
        self._watcher.fileChanged.connect(self._on_change)
        self._debounce.timeout.connect(self.reload_in_background)
        self._settle.timeout.connect(self.reload_in_background)
        self._relay = _Relay(self)
        self._relay.loaded.connect(self._finish_background)
        self._poll.timeout.connect(self._look_for_missing)

        self.set_folders(folders)

    def set_folders(self, folders: Sequence[Path]) -> None:
        """Watch these folders (and the pack files in them) instead of the previous ones."""
        self._folders = [Path(f) for f in folders]
        self._rewatch()

    def remember_shown(self, problems: Sequence[Problem]) -> None:
        """Problems the app already told at start: a reload does not tell them again."""
        self._shown.update(str(p) for p in problems)

    def reload(self) -> Library:
        """Load again now, here (a folder just added: the caller says what it found); emits `reloaded` and,
        when there is something new to say, `problemsFound`."""
        library, elapsed = _timed(self._load, self._loading)
        self._started += 1
        self._finish(library, elapsed, self._started)
        return library

    def reload_in_background(self, load: Callable[[], Library] | None = None) -> None:
        """Load again on a thread of its own (with `load` instead of the usual loader: the app's first
        read of its team folders); `reloaded` follows on this one. A change during the load brings one
        more load after it, never two at once."""
        if self._busy:
            self._again = True
            return
        self._again = False
        self._begin(load)

    def reload_once_running(self, load: Callable[[], Library]) -> None:
        """`reload_in_background(load)` once the event loop runs, pending from now on: the app's first read
        of its team folders waits for the tray, the hotkey and the picker to be built. Begun beside them,
        its thread took the GIL from them: 10,000 team phrases made the start 1.24x the built-in-only."""
        self._busy, self._again = True, False  # a change meanwhile brings one more load after this one
        QTimer.singleShot(0, self, lambda: self._begin(load))

    def _begin(self, load: Callable[[], Library] | None) -> None:
        self._busy = True
        self._started += 1
        # The thread holds the lock and the relay (a child of this object), never this object itself, and
        # the loader only while it runs: the last reference to a QObject must not go away on another thread
        # (a test that dropped its LibraryControl as the load ended made Qt abort).
        self._loader = load or self._load
        work = ([self._loader], self._loading, self._started, self._relay, tuple(self._folders))
        threading.Thread(target=_load_in_thread, args=work, name="calmdesk-pack-reload", daemon=True).start()

    def _finish_background(
        self, library: Library | None, elapsed: float, number: int, listing: tuple[list[str], bool]
    ) -> None:
        self._busy, self._loader = False, None
        if library is not None:
            self._finish(library, elapsed, number, listing)
        if self._again:
            self.reload_in_background()

    def _finish(
        self, library: Library, elapsed: float, number: int, listing: tuple[list[str], bool] | None = None
    ) -> None:
        if number < self._shown_load:  # a reload made here since has the newer files already
            return
        self._shown_load = number
        self._watch(listing or _watch_list(self._folders))
        # A pack with fewer phrases than its copy is read from the copy until it settles: a passing
        # state, logged and looked at again once the time is up (a finished write sends no more events).
        settling = [p for p in library.problems if SETTLING_MARK in p.message]
        for problem in settling:
            log.info("%s", problem)
        if settling:
            self._settle.start()
        fresh = [
            p
            for p in library.problems
            if p not in settling and str(p) not in self._shown and not self._said_unreachable(p)
        ]
        self._shown.update(str(p) for p in library.problems)
        log.info("pack folders reloaded in %.3f s (%d phrases)", elapsed, len(library.phrases))
        self.reloaded.emit(library, elapsed)
        if fresh:
            self.problemsFound.emit(fresh)

    def pending(self) -> bool:
        """Whether a change is waiting for its quiet moment or being loaded (tests and the benchmark wait on
        this)."""
        return self._debounce.isActive() or self._settle.isActive() or self._busy

    def _said_unreachable(self, problem: Problem) -> bool:
        # "Cannot be reached; using the copy from <time>": the time changes, the folder does not.
        if UNREACHABLE_MARK not in problem.message:
            return False
        key = f"unreachable:{problem.file}"
        said = key in self._shown
        self._shown.add(key)
        return said

    def _on_change(self, path: str) -> None:
        self._changed.add(path)
        self._debounce.start()

    def _rewatch(self) -> None:
        """Watch the folders and their pack files as they are now. Editors save by writing a new file and
        renaming it over the old one, which ends a file watch: a path that changed is watched afresh. Only
        the difference is asked of the watcher (a team folder may hold thousands of files)."""
        self._watch(_watch_list(self._folders))

    def _watch(self, listing: tuple[list[str], bool]) -> None:
        paths, missing = listing
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        wanted = set(paths)
        stale = (watched - wanted) | (watched & self._changed)
        self._changed.clear()
        if stale:
            self._watcher.removePaths(sorted(stale))
        fresh = [path for path in paths if path not in watched or path in stale]
        if fresh:
            self._watcher.addPaths(fresh)
        if missing:
            self._poll.start()
        else:
            self._poll.stop()

    def _look_for_missing(self) -> None:
        watched = set(self._watcher.directories()) | set(self._watcher.files())
        if any(folder.exists() for folder in self._folders if str(folder) not in watched):
            self._debounce.start()


class _Relay(QObject):
    """Carries a load's result from the loading thread to the GUI thread (a queued signal)."""

    loaded = Signal(object, float, int, object)


def _timed(load: Callable[[], Library], lock: threading.Lock) -> tuple[Library, float]:
    with lock:  # one load at a time: a reload asked for on the GUI thread waits for the thread's
        start = time.perf_counter()
        library = load()
        return library, time.perf_counter() - start


def _load_in_thread(
    loader: list[Callable[[], Library]],
    lock: threading.Lock,
    number: int,
    relay: _Relay,
    folders: tuple[Path, ...],
) -> None:
    try:
        library: Library | None
        library, elapsed = _timed(loader.pop(), lock)  # let go of before the result is handed over
        listing = _watch_list(folders)  # listing 5,000 files is work for this thread, not the GUI's
    except Exception:  # the loaders never raise on content; anything else is a bug, logged, not fatal
        log.exception("reloading the pack folders failed")
        library, elapsed, listing = None, 0.0, ([], False)
    try:
        relay.loaded.emit(library, elapsed, number, listing)
    except RuntimeError:  # the app quit meanwhile: nobody is waiting for it
        log.debug("a pack reload finished after its control was gone")


def _watch_list(folders: Sequence[Path]) -> tuple[list[str], bool]:
    """The paths to watch (each folder and its pack files; a pack named alone), and whether one is missing."""
    paths: list[str] = []
    missing = False
    for folder in folders:
        if folder.is_dir():
            paths.append(str(folder))
            try:
                paths += [str(p) for p in sorted(folder.glob("*.toml"))]
            except OSError as exc:
                log.warning(_("cannot list %(folder)s: %(reason)s"), {"folder": folder, "reason": exc})
        elif folder.is_file():
            paths.append(str(folder))
        else:
            missing = True
    return paths, missing
