"""Opens the statistics window (tray: Statistics…), computing the figures from the store when shown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from calmdesk.core.messages import gettext as _
from calmdesk.store.errors import StoreError

if TYPE_CHECKING:
    from calmdesk.core.library import Library
    from calmdesk.store.userstore import UserStore
    from calmdesk.ui.stats.stats_window import StatsWindow

log = logging.getLogger(__name__)
HISTORY_READ = 100_000  # every closed complaint of years of work; read in well under a second


class StatsControl(QObject):
    """One statistics window, not modal, refreshed each time it is opened."""

    def __init__(
        self, library: Callable[[], Library], store: UserStore | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._store = store
        self._window: StatsWindow | None = None

    def open(self) -> StatsWindow:
        from calmdesk.ui.common.icons import svg_icon
        from calmdesk.ui.stats.stats_window import StatsWindow  # only when asked: keeps start-up lean

        if self._window is None:
            self._window = StatsWindow()
            self._window.setWindowIcon(svg_icon())
        self.refresh()
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()
        return self._window

    def refresh(self) -> None:
        if self._window is None:
            return
        # Only when asked: statistics, fractions and decimal stay off the start path.
        from calmdesk.core.stats import compute

        library = self._library()
        usage: dict[str, int] = {}
        worked: dict[str, int] = {}
        complaints = []
        if self._store is not None:
            try:
                usage = self._store.usage_counts()
                worked = self._store.worked_counts()
                book = self._store.complaints
                complaints = [*book.open_complaints(), *book.history(HISTORY_READ)]
            except StoreError as error:  # the window still opens, with what could be read
                log.warning(_("statistics: %(problem)s"), {"problem": error})
        stats = compute(
            usage, [p.id for p in library.phrases], complaints, datetime.now().astimezone(), worked=worked
        )
        self._window.show_stats(
            stats, {p.id: p.title for p in library.phrases}, {s.key: s.title for s in library.checklist}
        )
