"""Team pack folders kept current in the running app: watched, reloaded after a quiet moment, problems said.

The watcher is Qt's (QFileSystemWatcher); what is loaded and how is core's (`load_configured`, the user
layer, the team cache). A folder that is missing is looked at again every so often, since a share that comes
back (the laptop is back on the office network) sends no file-system event.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from calmdesk.core.library import Library
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

        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._poll.setInterval(MISSING_POLL_MS)
        self._settle.setSingleShot(True)
        self._settle.setInterval(int(SETTLE_SECONDS * 1000) + DEBOUNCE_MS)

        self._watcher.directoryChanged.connect(self._on_change)
        self._watcher.fileChanged.connect(self._on_change)
        self._debounce.timeout.connect(self.reload)
        self._settle.timeout.connect(self.reload)
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
        """Load again now; emits `reloaded` and, when there is something new to say, `problemsFound`."""
        start = time.perf_counter()
        library = self._load()
        elapsed = time.perf_counter() - start
        self._rewatch()
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
        return library

    def pending(self) -> bool:
        """Whether a change is waiting for its quiet moment (tests and the benchmark wait on this)."""
        return self._debounce.isActive() or self._settle.isActive()

    def _said_unreachable(self, problem: Problem) -> bool:
        # "Cannot be reached; using the copy from <time>": the time changes, the folder does not.
        if UNREACHABLE_MARK not in problem.message:
            return False
        key = f"unreachable:{problem.file}"
        said = key in self._shown
        self._shown.add(key)
        return said

    def _on_change(self, _path: str) -> None:
        self._debounce.start()

    def _rewatch(self) -> None:
        """Editors save by writing a new file and renaming it over the old one, which ends a file watch;
        so every pack file is watched afresh after each reload."""
        old = self._watcher.files() + self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        paths: list[str] = []
        missing = False
        for folder in self._folders:
            if folder.is_dir():
                paths.append(str(folder))
                try:
                    paths += [str(p) for p in sorted(folder.glob("*.toml"))]
                except OSError as exc:
                    log.warning("cannot list %s: %s", folder, exc)
            elif folder.is_file():
                paths.append(str(folder))
            else:
                missing = True
        if paths:
            self._watcher.addPaths(paths)
        if missing:
            self._poll.start()
        else:
            self._poll.stop()

    def _look_for_missing(self) -> None:
        watched = set(self._watcher.directories()) | set(self._watcher.files())
        if any(folder.exists() for folder in self._folders if str(folder) not in watched):
            self._debounce.start()
