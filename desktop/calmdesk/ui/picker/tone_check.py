"""The picker's tone check (Ctrl+T): the pane that takes the search's place, its rules, its draft's copy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from calmdesk.ui.common.phrase_actions import CopyError
from calmdesk.ui.picker.tone_rules import ToneRules

if TYPE_CHECKING:
    from pathlib import Path

    from calmdesk.ui.common.phrase_flow import PhraseFlow
    from calmdesk.ui.common.status_line import StatusLine
    from calmdesk.ui.picker.check_pane import CheckPane
    from calmdesk.ui.picker.phrase_search import PhraseSearch


class ToneCheck:
    """Swaps the phrase search for the check pane and back. The pane is built when first shown (start-up
    neither imports nor compiles the tone rules) and handed to `place` to sit in the picker's layout."""

    def __init__(
        self,
        flow: PhraseFlow,
        search: PhraseSearch,
        status: StatusLine,
        place: Callable[[QWidget], None],
    ) -> None:
        self._flow = flow
        self._search = search
        self._status = status
        self._place = place
        self.rules = ToneRules(lambda: flow.settings, lambda: flow.library.language)
        self.on = False
        self._pane: CheckPane | None = None

    def set_on(self, on: bool) -> None:
        self.on = on
        self._search.setVisible(not on)
        if not on:
            self._search.show_current()
        if on or self._pane is not None:
            self.pane().setVisible(on)
        if on:
            self.resume()  # the complaint (customer, anger) may have changed meanwhile
        else:
            self._search.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def resume(self) -> None:
        """Check the draft again and put the cursor back in it."""
        self.pane().recheck()
        self.pane().focus_draft()

    def set_extra_dirs(self, dirs: Sequence[Path]) -> None:
        """Pack folders beyond the settings' (the --packs of this run), whose tone/ rules the check adds."""
        self.rules.set_extra_dirs(dirs)

    def pane(self) -> CheckPane:
        if self._pane is None:
            from calmdesk.ui.picker.check_pane import CheckPane

            flow = self._flow
            pane = CheckPane(self.rules.checker, flow.library, flow.tone_context, flow.prefill)
            pane.copyRequested.connect(self._copy_draft)
            pane.setVisible(False)
            self._place(pane)  # the picker's layout makes the picker its parent
            self._pane = pane
        return self._pane

    def _copy_draft(self, text: str) -> None:
        # The picker's translation context: the strings kept their translations when they moved here.
        try:
            self._flow.copy_text(text)
        except CopyError as exc:  # a clipboard backend failing must not lose the draft
            self._status.flash(QCoreApplication.translate("PickerWindow", "Could not copy: %s") % exc)
            return
        self._status.flash(QCoreApplication.translate("PickerWindow", "Draft copied."))
