"""The picker's Qt side of a copy: the short pause before the popup hides, then the paste back."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from calmdesk.core.messages import gettext as _
from calmdesk.ui.common.phrase_flow import Clipboard, CopyError, PhraseFlow

if TYPE_CHECKING:
    from calmdesk.core.model import Phrase

__all__ = ["HIDE_AFTER_COPY_MS", "Clipboard", "CopyError", "Paster", "PhraseActions"]

log = logging.getLogger(__name__)

HIDE_AFTER_COPY_MS = 250  # long enough to see "Copied", short enough not to be in the way
# Auto-paste is on but cannot work on this desktop: the first time in a run, long enough to read why.
HIDE_AFTER_NOT_PASTED_MS = 2500


class Paster(Protocol):
    """What auto-paste needs (calmdesk.system.paste fits): the window to return to and a way to paste."""

    def active_window(self) -> int | None: ...
    def paste_into(self, window: int) -> None: ...
    def unavailable(self) -> str | None: ...
    def keep_clipboard(self) -> None: ...
    def give_clipboard_back(self) -> None: ...


class PhraseActions(QObject):
    """A copy through the flow, then (unless told to stay) a short pause, the hide, and the paste back.

    The copy itself (fill rule, clipboard, records) is the flow's; this object owns only what needs the
    event loop: the pause, and pasting into the window the agent came from when auto-paste is on.

    Signals:
        hideRequested(): the pause after a copy is over; the popup hides now, and only then is the text
            pasted into the window the agent came from (when auto-paste is on).
        pasteFailed(str): auto-paste could not be done (the text is still on the clipboard); why, in words.
    """

    hideRequested = Signal()
    pasteFailed = Signal(str)

    def __init__(self, flow: PhraseFlow, paster: Paster | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        self._paster = paster
        self._paste_target: int | None = None
        self._not_pasted = ""  # why auto-paste cannot work here, learnt at the summon ("": it may)
        self._explained = False  # the longer pause that explains it was had once this run
        self._give_back = False  # the agent's clipboard was kept at this copy, to come back after the paste
        self._hide_timer = QTimer(self)

        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(HIDE_AFTER_COPY_MS)

        self._hide_timer.timeout.connect(self._finish)

    @property
    def flow(self) -> PhraseFlow:
        return self._flow

    def summoned(self, *, was_visible: bool) -> None:
        """The popup is being summoned: no pending hide, fresh boosts, the window to paste back into."""
        self._hide_timer.stop()
        self._flow.refresh_boosts()
        # Only from a hidden popup: a summon while it is shown would take the popup itself as the target.
        if self._paster is not None and self._flow.settings.auto_paste and not was_visible:
            # Where it cannot work (GNOME or KDE on Wayland, no wtype) nothing is tried, and the popup's
            # own status line says so: a message window would take the keyboard from the chat just when
            # the agent is about to press Ctrl+V there.
            self._not_pasted = self._paster.unavailable() or ""
            self._paste_target = None if self._not_pasted else self._paster.active_window()

    def copy(self, phrase: Phrase, values: Mapping[str, str], *, stay: bool, query: str = "") -> str:
        """`PhraseFlow.copy`, then, unless `stay` (or the settings keep the popup open), the hide is asked
        for after a short pause. Raises what the flow raises."""
        pasting = not stay and self._flow.settings.close_after_copy and self._paste_target is not None
        giving_back = pasting and self._auto_paste() and self._flow.settings.restore_clipboard
        if giving_back and self._paster is not None:
            self._paster.keep_clipboard()  # the agent's own, before the phrase replaces it
        text = self._flow.copy(phrase, values, query=query)
        self._give_back = giving_back
        if not stay and self._flow.settings.close_after_copy:
            pause = HIDE_AFTER_COPY_MS
            if self._auto_paste() and self._not_pasted and not self._explained:
                pause, self._explained = HIDE_AFTER_NOT_PASTED_MS, True
            self._hide_timer.start(pause)
        return text

    def not_pasted(self) -> str:
        """Why the copy now hiding the popup will not be pasted although auto-paste is on ("": it will be,
        or auto-paste is off); the words end with what to do instead."""
        return self._not_pasted if self._auto_paste() and self.is_hiding() else ""

    def _auto_paste(self) -> bool:
        return self._paster is not None and self._flow.settings.auto_paste

    def is_hiding(self) -> bool:
        """True during the pause between a copy and the hide it asked for."""
        return self._hide_timer.isActive()

    def cancel(self) -> None:
        """The popup was hidden some other way (Esc, the hotkey, focus loss): no hide to come, no paste.

        The agent changed their mind; a Ctrl+V sent into their window after that would be a surprise.
        """
        self._hide_timer.stop()
        self._paste_target = None

    def _finish(self) -> None:
        target, self._paste_target = self._paste_target, None  # taken first: hiding calls cancel()
        self.hideRequested.emit()
        if target is not None and self._paster is not None and self._flow.settings.auto_paste:
            try:
                self._paster.paste_into(target)
            except Exception as exc:  # the text is on the clipboard either way; pasting is a bonus
                log.warning(_("Auto-paste failed: %(reason)s"), {"reason": exc})
                self.pasteFailed.emit(str(exc))
                return
            if self._give_back:
                self._paster.give_clipboard_back()
