"""The phrases the running app searches: packs loaded at start and again when they change, the user's
phrases laid on top, one search index for the picker and the checklist panel."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from calmdesk.app.pack_control import PackControl
from calmdesk.core import library_cache
from calmdesk.core.library import Library, expand_pack_dirs, load_configured
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import Problem
from calmdesk.core.pack_memo import PackMemo
from calmdesk.core.search import SearchIndex
from calmdesk.core.user_layer import with_user_phrases
from calmdesk.store import paths
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.ui.common.notices import Notices

log = logging.getLogger(__name__)

# With team folders, the built-in and own packs are cached here, apart from the whole library's cache.
OWN_PACKS_CACHE = "own-packs"
# More user phrases than this (an import of a whole macro library) are indexed on a thread at start.
INDEX_AT_START_AT_MOST = 20_000
# How long the start-up notice waits for the team folders' problems before it is shown without them.
TEAM_WAIT_MS = 3000


class LibraryControl(QObject):
    """Owns the base library (packs), the layered one (plus the user's phrases) and their search index.

    Signals:
        changed(object, object): the new search index and layered library, for the picker and the panel.
        baseChanged(object): the new base library (packs only), for the phrase editor.
    """

    changed = Signal(object, object)
    baseChanged = Signal(object)

    def __init__(
        self,
        settings: Settings,
        pack_dirs: Sequence[Path],
        notices: Notices,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._pack_dirs = list(pack_dirs)
        self._user_phrases: UserPhrases | None = None
        self._notices = notices
        self._memo = PackMemo()  # pack files read by the reloads: a change re-reads only what changed
        self._indexes = 0  # indexes asked for; one built on a thread is used only if still the newest
        self._index_here = False  # a reload asked for on this thread indexes here too (see _reload_here)
        self._relay = _IndexRelay(self)
        self._relay.built.connect(self._use_built)
        self._reading_teams = bool(self._team_folders())  # read on PackControl's thread (see _load_at_start)
        self._started = 0.0
        self._after_teams: list[Callable[[], None]] = []
        self.base = self._load_at_start()  # before the user's phrases: what the editor lays them over
        self.library = self.base
        self.index: SearchIndex | None = None
        self.packs = PackControl(self._reload_base, self._watched_folders(), self)
        self.packs.remember_shown(self.base.problems)

        self.packs.reloaded.connect(self._on_packs_reloaded)
        self.packs.problemsFound.connect(self._on_pack_problems)
        if self._reading_teams:
            log.info("team folders: read on a thread")  # the benchmarks wait for the line below
            self._started = time.perf_counter()
            self.packs.reload_once_running(self._load_everything)

    def lay_over(self, user_phrases: UserPhrases | None) -> SearchIndex:
        """The user's phrases on top of the packs (the store opens after the packs); the index to search."""
        self._user_phrases = user_phrases
        self.library = self._layered(self.base)
        # At start the index's costly half comes from the cache when the phrases are the same as last time.
        # With team folders this is the own packs' index (the team's comes from a thread): kept apart, so
        # that the two do not replace each other's cache file at every start.
        own = paths.cache_dir() / OWN_PACKS_CACHE if self._reading_teams else paths.cache_dir()
        if len(self.library.phrases) - len(self.base.phrases) <= INDEX_AT_START_AT_MOST:
            # Category labels and "when" texts are searchable too: "apology" finds the phrases filed under it.
            self.index = SearchIndex.for_library(self.library, cache_dir=own)
            return self.index
        # Hundreds of thousands of imported phrases take many seconds to index (300,000: 12 s of CPU), with
        # no tray and no hotkey meanwhile: the picker starts on the packs' index, and the user's phrases
        # join when their index is built on a thread (`changed`, as after a reload).
        self.index = SearchIndex.for_library(self.base, cache_dir=own)
        self._indexes += 1
        work = (self.library, self._indexes, self._relay, None)  # not kept: its file would be the packs'
        threading.Thread(target=_index_in_thread, args=work, name="calmdesk-index", daemon=True).start()
        return self.index

    @property
    def pack_dirs(self) -> list[Path]:
        """The live list (grows with --packs from a second start): the picker's tone check reads it too."""
        return self._pack_dirs

    def _load_at_start(self) -> Library:
        """The built-in packs and the agent's own, here; the team folders are read on PackControl's thread.

        A team folder may hold thousands of files, or sit on a share that answers slowly: the first sight
        of one took 24 s to parse 5,000 files here, with no tray icon and no hotkey meanwhile. So with team
        folders the app starts with what is on this machine (cached apart from the whole library), and the
        team phrases join as soon as they are read (`_load_everything`); start-up problems wait for them
        a little (`after_teams_read`), so they are told in one notice.
        """
        own_only = replace(self._settings, pack_dirs=()) if self._reading_teams else self._settings
        library = library_cache.load_configured(
            own_only,
            [] if self._reading_teams else self._pack_dirs,
            user_dir=paths.user_packs_dir(),
            cache_dir=paths.cache_dir() / OWN_PACKS_CACHE if self._reading_teams else paths.cache_dir(),
            team_cache=paths.team_cache_dir(),
        )
        if library.problems:
            self._notices.problems(
                self.tr("Some phrase packs could not be loaded; the others work as usual"),
                [str(p) for p in library.problems],
            )
        return library

    def _layered(self, base: Library) -> Library:
        if self._user_phrases is None:
            return base
        return with_user_phrases(base, self._user_phrases.all(), self._user_phrases.hidden())

    def set_settings(self, settings: Settings) -> None:
        """Saved settings: a changed content language (Settings -> Languages) shows the phrases and checklist
        in it at once; a changed list of pack folders is watched and read on PackControl's thread (a new
        team folder may hold thousands of files), its phrases joining when read."""
        folders_changed = settings.pack_dirs != self._settings.pack_dirs
        language_changed = settings.language != self._settings.language
        self._settings = settings
        if folders_changed:
            self.packs.set_folders(self._watched_folders())
        if language_changed:
            self._reload_here()
        elif folders_changed:
            self.packs.reload_in_background()

    def add_folder(self, argument: str) -> tuple[bool, str]:
        """--packs DIR from a second `calmdesk` start: load it now; say what was done."""
        folder = Path(argument)
        if folder in self._pack_dirs:
            return True, f"the running CalmDesk already has the packs in {argument}."
        before = len(self.base.phrases)
        self._pack_dirs.append(folder)
        # The same path as a team pack changing on disk: the folder is watched from now on, the user's
        # phrases stay on top, the picker and editor get the result, and new problems get a notice.
        self.packs.set_folders(self._watched_folders())
        base = self._reload_here()
        added = len(base.phrases) - before
        trouble = [str(p) for p in base.problems if p.file.startswith(argument)]
        said = f"the running CalmDesk loaded {added} phrase(s) from {argument}"
        return True, said + (f"; {len(trouble)} problem(s) there, shown in its notice." if trouble else ".")

    def _watched_folders(self) -> list[Path]:
        # The library reports a folder it cannot use ("~name/..." of an unknown user): here it is not watched.
        dirs = expand_pack_dirs(d for d in self._settings.pack_dirs if d.strip())
        return [paths.user_packs_dir(), *dirs, *self._pack_dirs]

    def _team_folders(self) -> list[str | Path]:
        return [*(d for d in self._settings.pack_dirs if d.strip()), *self._pack_dirs]

    def _load_everything(self) -> Library:
        # On PackControl's thread, once at start: the whole library from the cache when it is current, else
        # parsed (the cache written for the next start, the memo learning every file for the reloads).
        return library_cache.load_configured(
            self._settings,
            self._pack_dirs,
            user_dir=paths.user_packs_dir(),
            cache_dir=paths.cache_dir(),
            team_cache=paths.team_cache_dir(),
            memo=self._memo,
        )

    def after_teams_read(self, then: Callable[[], None], at_most_ms: int = TEAM_WAIT_MS) -> None:
        """Call `then` once the team folders are read at start (at once when there are none, and after
        `at_most_ms` at the latest), after the problems that read found were handed to the notices."""
        if not self._reading_teams:
            then()
            return
        called = False

        def once() -> None:
            nonlocal called
            if not called:
                called = True
                then()

        self._after_teams.append(once)
        QTimer.singleShot(at_most_ms, once)

    def _teams_read(self) -> None:
        log.info("team folders read at start in %.1f s", time.perf_counter() - self._started)
        self._reading_teams = False
        waiting, self._after_teams = self._after_teams, []
        for then in waiting:
            # After this event: PackControl hands the problems found over right after `reloaded`.
            QTimer.singleShot(0, then)

    def _reload_base(self) -> Library:
        # On PackControl's loading thread: only the memo (thread-safe) is shared with the GUI thread.
        return load_configured(
            self._settings,
            self._pack_dirs,
            user_dir=paths.user_packs_dir(),
            cache_dir=paths.team_cache_dir(),
            memo=self._memo,
        )

    def _reload_here(self) -> Library:
        """Reload and index on this thread: the caller (a folder just added) says what was loaded."""
        self._index_here = True
        try:
            return self.packs.reload()
        finally:
            self._index_here = False

    def _on_packs_reloaded(self, base: Library, seconds: float) -> None:
        """A pack file changed: the picker (keeping its query) and the editor search the new phrases.

        The search index of thousands of phrases is built on a thread (a third of a second for 5,000 on
        an idle machine): the picker and the hotkey answer meanwhile, searching the phrases before.
        """
        self.base = base
        if self._reading_teams:
            self._teams_read()
        if self._index_here:
            self.use(self._layered(base))
            self.baseChanged.emit(base)
            return
        self.baseChanged.emit(base)  # the editor lays its changes over the new packs from now on
        self._indexes += 1
        work = (self._layered(base), self._indexes, self._relay, paths.cache_dir())
        threading.Thread(target=_index_in_thread, args=work, name="calmdesk-index", daemon=True).start()
        log.info("team packs reloaded in %.3f s", seconds)

    def _use_built(self, index: SearchIndex, library: Library, number: int) -> None:
        if number != self._indexes:  # a newer library came since (another reload, the editor saved)
            return
        self.library, self.index = library, index
        self.changed.emit(index, library)
        log.debug("searching %d phrases", len(library.phrases))  # the benchmark waits for this line

    def store_changed(self) -> None:
        """The data file changed (`calmdesk import`, a second CalmDesk): the user's phrases may have."""
        if self._user_phrases is None:
            return
        try:
            changed = self._user_phrases.refresh()
        except StoreError as exc:
            log.warning(_("could not read your phrases again: %(reason)s"), {"reason": exc})
            return
        if changed:
            self._on_packs_reloaded(self.base, 0.0)  # same packs, new phrases of the user's

    def _on_pack_problems(self, problems: list[Problem]) -> None:
        self._notices.problems(
            self.tr("A phrase pack has a problem; the others work as usual"), [str(p) for p in problems]
        )

    def use(self, library: Library) -> None:
        """New phrases (the editor saved): searched at once."""
        self._indexes += 1  # an index still being built on a thread is older than this one
        self.library = library
        # The same index as at start: labels, "when" texts, on-request categories and the agents' words.
        self.index = SearchIndex.for_library(library)
        self.changed.emit(self.index, library)


class _IndexRelay(QObject):
    """Carries an index built on a thread to the GUI thread (a queued signal)."""

    built = Signal(object, object, int)


def _index_in_thread(library: Library, number: int, relay: _IndexRelay, cache_dir: Path | None) -> None:
    # The same index as at start: labels, "when" texts, on-request categories and the agents' words. Built
    # here (its costly half read from the cache when the phrases are as last time), then only ever used on
    # the GUI thread (a SearchIndex is one thread's at a time).
    index = SearchIndex.for_library(library, cache_dir=cache_dir)
    try:
        relay.built.emit(index, library, number)
    except RuntimeError:  # the app quit meanwhile
        log.debug("a search index was built after its control was gone")
