"""What the picker does with a chosen phrase, without widgets: copy it (and paste it back), star it."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from calmdesk.core.clock_fields import clock_fields
from calmdesk.core.complaint import fill_values
from calmdesk.core.placeholders import render, settings_values
from calmdesk.core.search import Boosts, query_key

if TYPE_CHECKING:
    from calmdesk.core.model import Phrase
    from calmdesk.store.settings import Settings
    from calmdesk.store.userstore import UserStore
    from calmdesk.ui.complaint.complaint_watch import ComplaintWatch

log = logging.getLogger(__name__)

HIDE_AFTER_COPY_MS = 250  # long enough to see "Copied", short enough not to be in the way


class Clipboard(Protocol):
    def copy(self, text: str, html: str | None = None) -> None: ...


class Paster(Protocol):
    """What auto-paste needs (calmdesk.system.paste fits): the window to return to and a way to paste."""

    def active_window(self) -> int | None: ...
    def paste_into(self, window: int) -> None: ...


class CopyError(Exception):
    """The clipboard refused the text; the message says why, for the status line."""


class PhraseActions(QObject):
    """The picker's logic that needs no widget, so it can be tested without one.

    A copy renders the phrase with the form's values, puts it on the clipboard, records the use, and
    (unless told to stay) asks the popup to hide after a short pause, then pastes into the window the
    agent came from when auto-paste is on. Favourites and uses live in the store; `boosts` is what they
    make of the ranking.

    Signals:
        hideRequested(): the pause after a copy is over; the popup hides now, and only then is the text
            pasted into the window the agent came from (when auto-paste is on).
        pasteFailed(str): auto-paste could not be done (the text is still on the clipboard); why, in words.
    """

    hideRequested = Signal()
    pasteFailed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        clipboard: Clipboard,
        store: UserStore | None = None,
        paster: Paster | None = None,
        parent: QObject | None = None,
        complaints: ComplaintWatch | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._complaints = complaints
        self._clipboard = clipboard
        self._store = store
        self._paster = paster
        self._paste_target: int | None = None
        self._boosts = Boosts()
        self._hide_timer = QTimer(self)

        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(HIDE_AFTER_COPY_MS)

        self._hide_timer.timeout.connect(self._finish)

    @property
    def boosts(self) -> Boosts:
        """Favourites and recent uses, to rank the results; read from the store at each summon and change."""
        return self._boosts

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings

    def prefill(self) -> dict[str, str]:
        """Values known before the agent types anything; the form shows them, editable.

        The one fill rule of every copy: the current complaint's values, then the settings, then the form.
        """
        settings = settings_values(
            self._settings.agent_name, self._settings.company, self._settings.support_email
        )
        return fill_values(self._complaints.current() if self._complaints else None, settings)

    def is_favourite(self, phrase_id: str) -> bool:
        return self._store is not None and self._store.is_favourite(phrase_id)

    def toggle_favourite(self, phrase_id: str) -> bool | None:
        """True: now a favourite; None: no store to keep favourites in. Raises what the store raises."""
        if self._store is None:
            return None
        now = self._store.queue_favourite(phrase_id)  # written off the GUI thread, like uses
        self._refresh_boosts()
        return now

    def summoned(self, *, was_visible: bool) -> None:
        """The popup is being summoned: no pending hide, fresh boosts, the window to paste back into."""
        self._hide_timer.stop()
        self._refresh_boosts()
        # Only from a hidden popup: a summon while it is shown would take the popup itself as the target.
        if self._paster is not None and self._settings.auto_paste and not was_visible:
            self._paste_target = self._paster.active_window()

    def boosts_for(self, query: str) -> Boosts:
        """`boosts`, plus what was copied before after this very query (the search memory)."""
        if self._store is None or not query.strip():
            return self._boosts
        try:
            learned = self._store.query_memory.learned(query_key(query))
        except Exception as exc:  # a damaged memory costs the lift, never the search
            log.warning("Could not read the search memory: %s", exc)
            return self._boosts
        return replace(self._boosts, learned=learned) if learned else self._boosts

    def copy(self, phrase: Phrase, values: Mapping[str, str], *, stay: bool, query: str = "") -> str:
        """Put the phrase, filled with `values`, on the clipboard and return the text copied.

        `query`, the words that found the phrase, goes into the search memory so they find it first next time.

        Raises `MissingValues` for a required blank left empty and `CopyError` when the clipboard fails.
        Unless `stay` (or the settings keep the popup open), the popup is asked to hide after a short pause.
        """
        # A promised time the form did not hold (a copy path without a form) is computed in the agent's own
        # working hours, never in render's defaults.
        promised = clock_fields(phrase.text, datetime.now(), self._settings.working_time())[1]
        given = {name: value for name, value in values.items() if value.strip()}
        text = render(phrase.text.strip(), {**promised, **given})
        try:
            # Set while the popup still has focus: Wayland only lets the focused window own the clipboard.
            self._clipboard.copy(text)
        except Exception as exc:  # ClipboardError and whatever a platform plugin raises: tell, do not crash
            log.warning("Copy failed: %s", exc)
            raise CopyError(str(exc)) from exc
        if self._store is not None:
            try:
                # Queued, never written here: another program holding the file's lock used to freeze the
                # picker for the whole busy timeout on every copy. The store's thread writes it, and with
                # it the query's words for the search memory (they find this phrase first next time).
                self._store.queue_use(phrase.id, query_key=query_key(query) if query.strip() else "")
            except Exception as exc:  # a closed store must not cost the agent the copy
                log.warning("Could not record the use of %s: %s", phrase.id, exc)
        if self._complaints is not None:
            # Blanks typed are kept for this complaint only; the reply is counted and its step ticked.
            self._complaints.phrase_copied(phrase, values, self.prefill())
        self._refresh_boosts()
        if not stay and self._settings.close_after_copy:
            self._hide_timer.start()
        return text

    def is_hiding(self) -> bool:
        """True during the pause between a copy and the hide it asked for."""
        return self._hide_timer.isActive()

    def cancel(self) -> None:
        """The popup was hidden some other way (Esc, the hotkey, focus loss): no hide to come, no paste.

        The agent changed their mind; a Ctrl+V sent into their window after that would be a surprise.
        """
        self._hide_timer.stop()
        self._paste_target = None

    def refresh_boosts(self) -> None:
        """Favourites, recent uses and the current complaint's step, read again (another one is current)."""
        self._refresh_boosts()

    def _refresh_boosts(self) -> None:
        steps = self._complaints.step_categories() if self._complaints else frozenset()
        if self._store is not None:
            self._boosts = Boosts(
                favourites=self._store.favourites(), recent=self._store.recency(), step_categories=steps
            )
        else:
            self._boosts = Boosts(step_categories=steps)

    def _finish(self) -> None:
        target, self._paste_target = self._paste_target, None  # taken first: hiding calls cancel()
        self.hideRequested.emit()
        if target is not None and self._paster is not None and self._settings.auto_paste:
            try:
                self._paster.paste_into(target)
            except Exception as exc:  # the text is on the clipboard either way; pasting is a bonus
                log.warning("Auto-paste failed: %s", exc)
                self.pasteFailed.emit(str(exc))
