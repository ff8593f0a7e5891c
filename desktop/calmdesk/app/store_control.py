"""The user's data file in the running app: opened once at start, backed up daily, its problems told once."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from calmdesk.core.messages import gettext as _
from calmdesk.store.errors import StoreError
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import UserStore
from calmdesk.ui.common.notices import Notices

log = logging.getLogger(__name__)

# How long the editor's saves wait for another program's lock before saying so (the form keeps the text):
# the store's 5 s busy timeout froze the window that long.
WINDOW_LOCK_WAIT = 0.5

BACKUP_CHECK_MS = 3600 * 1000  # how often a running app asks whether the daily backup is due


class StoreControl(QObject):
    """Opens the store (or lives without it) and keeps a daily backup while the app runs for weeks."""

    def __init__(self, notices: Notices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notices = notices
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self._daily_backup)
        self.store = self._open()
        self.user_phrases = self._open_user_phrases()
        if self.store is not None:
            self._backup_timer.start()
            self._daily_backup()

    def _open(self) -> UserStore | None:
        try:
            store = UserStore.open()
        except StoreError as exc:
            # Phrases still work without it: only favourites and recent use are lost for this run.
            self._notices.problems(self.tr("Favourites and recent phrases are off for now"), [str(exc)])
            return None
        if store.notices:
            self._notices.problems(self.tr("About your CalmDesk data"), store.notices)
        return store

    def _open_user_phrases(self) -> UserPhrases | None:
        if self.store is None:
            return None
        try:
            return UserPhrases(self.store, lock_wait=WINDOW_LOCK_WAIT)
        except StoreError as exc:  # the built-in and team phrases still work
            self._notices.problems(self.tr("Your own phrases could not be loaded"), [str(exc)])
            return None

    def _daily_backup(self) -> None:
        """A rotating backup once a day; a failure is logged, never in the way."""
        if self.store is None:
            return
        try:
            self.store.daily_backup()
        except StoreError as exc:
            log.warning(_("daily backup failed: %(reason)s"), {"reason": exc})

    def close(self) -> None:
        self._backup_timer.stop()
        if self.store is not None:
            self.store.close()
