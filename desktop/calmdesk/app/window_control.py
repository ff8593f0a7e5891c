"""Lifetimes of the app's own windows: Settings, About and the phrase editor, each built on first use.

Settings and About are never modal: a modal window blocks the picker's keyboard while the hotkey still opens
it. One window of each kind; asking again brings the open one to the front.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtWidgets import QWidget

from calmdesk.system.popup_window import float_if_tiling, map_quietly, on_wayland
from calmdesk.ui.common.icons import svg_icon

if TYPE_CHECKING:
    from calmdesk.core.library import Library
    from calmdesk.store.settings import Settings
    from calmdesk.store.user_phrases import UserPhrases
    from calmdesk.store.userstore import UserStore
    from calmdesk.ui.common.about_dialog import AboutDialog
    from calmdesk.ui.common.notices import Notices
    from calmdesk.ui.editor.editor_window import EditorWindow
    from calmdesk.ui.settings.introduction import IntroductionDialog
    from calmdesk.ui.settings.settings_dialog import SettingsDialog


class WindowControl(QObject):
    """Builds Settings, About and the editor only when asked (keeps start-up lean) and forgets closed dialogs.

    Signals:
        settingsSaved(object): the Settings the agent saved.
        libraryEdited(object): the layered library after an editor save.
    """

    settingsSaved = Signal(object)
    libraryEdited = Signal(object)

    def __init__(
        self,
        settings: Callable[[], Settings],
        library: Callable[[], Library],
        base: Callable[[], Library],
        user_phrases: UserPhrases | None,
        store: UserStore | None,
        notices: Notices,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._library = library
        self._base = base
        self._user_phrases = user_phrases
        self._store = store
        self._notices = notices
        self._settings_dialog: SettingsDialog | None = None
        # Asked as Settings opens: the desktop's own shortcut dialog, when the desktop offers one now.
        self.desktop_shortcuts: Callable[[], Callable[[], None] | None] = lambda: None
        self._about_dialog: AboutDialog | None = None
        self.editor: EditorWindow | None = None
        self.introduction: IntroductionDialog | None = None

    def open_settings(self) -> None:
        if self._settings_dialog is None:
            from calmdesk.ui.settings.settings_dialog import (
                SettingsDialog,  # only when asked: keeps start-up lean
            )

            dialog = SettingsDialog(self._settings(), desktop_shortcuts=self.desktop_shortcuts())
            dialog.setWindowIcon(svg_icon())
            dialog.settingsSaved.connect(self.settingsSaved)
            dialog.finished.connect(self._forget_settings_dialog)
            self._settings_dialog = dialog
        _bring_up(self._settings_dialog)

    def introduce(self) -> bool:
        """The first start: ask for the agent's name and company (once per profile; see welcome.py), and
        offer to start with the session. True when the question was shown now."""
        from calmdesk.app.welcome import introduce_once
        from calmdesk.store import paths

        settings = self._settings()
        return introduce_once(
            paths.state_dir(), bool(settings.agent_name and settings.company), self._show_introduction
        )

    def after_introduction(self, then: Callable[[], None]) -> None:
        """`then` now, or once the first start's question on screen is answered: one start-up window at a
        time. Both are centred, so the start-up notice opened with the question sat right over it (sway
        without a notification server, or X11 without a tray)."""
        question = self.introduction
        if question is None or not question.isVisible():  # not asked, or offered as a notification
            then()
            return
        question.finished.connect(lambda _result: then())

    def _show_introduction(self) -> None:
        """The question, without taking the keyboard from the window the agent is typing in. X11 and sway
        map it so; other Wayland desktops give every new window the keyboard, so there it is offered as a
        notification whose button opens it (the agent's click is then what brings it)."""
        from calmdesk.system.autostart import for_this_system
        from calmdesk.ui.settings.introduction import IntroductionDialog

        login = for_this_system()
        offer = login if login.supported and not login.status().enabled else None
        dialog = IntroductionDialog(self._settings(), offer_autostart=offer)
        dialog.setWindowIcon(svg_icon())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settingsSaved.connect(self.settingsSaved)
        dialog.finished.connect(self._forget_introduction)
        dialog.place()
        self.introduction = dialog  # kept: the tests look at it
        if on_wayland() and not map_quietly(dialog) and self._offer_introduction(dialog):
            return
        dialog.show()

    def _offer_introduction(self, dialog: IntroductionDialog) -> bool:
        """The question as a notification with a button that opens `dialog`; False where none can be shown."""
        from calmdesk.system.notify_action import notify_with_button

        title, button = dialog.windowTitle(), self.tr("Add my name…")
        listener = notify_with_button(title, dialog.question(), button, expire_ms=0, parent=self)
        if listener is None:
            return False
        listener.pressed.connect(self._open_introduction)
        return True

    def _open_introduction(self) -> None:
        if self.introduction is not None:
            self.introduction.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)  # asked for
            _bring_up(self.introduction)

    def make_way(self, picker: QRect) -> QRect | None:
        """The picker opens at `picker`: the first start's question steps aside so it stays in view.
        Where it is then (None when it is not open)."""
        if self.introduction is None:
            return None
        self.introduction.make_way(picker)
        return self.introduction.frameGeometry()

    def _forget_introduction(self) -> None:
        self.introduction = None

    def _forget_settings_dialog(self) -> None:
        self._settings_dialog = None

    def open_about(self) -> None:
        if self._about_dialog is None:
            from calmdesk.ui.common.about_dialog import AboutDialog  # only when asked: keeps start-up lean

            library = self._library()
            counts = self.tr("%d in %n pack(s)", "", len(library.packs)) % len(library.phrases)
            dialog = AboutDialog([(self.tr("Phrases"), counts)])
            dialog.finished.connect(self._forget_about_dialog)
            self._about_dialog = dialog
        _bring_up(self._about_dialog)

    def _forget_about_dialog(self) -> None:
        self._about_dialog = None

    def open_editor(self, phrase_id: str = "") -> None:
        """The phrase editor, one window, not modal; at `phrase_id` when given (the picker's Ctrl+E)."""
        if self._user_phrases is None:
            self._notices.say(
                self.tr("The phrase editor is not available"),
                self.tr("CalmDesk's data file could not be opened, so your phrases cannot be saved."),
                warning=True,
            )
            return
        if self.editor is None:
            from calmdesk.ui.editor.editor_window import EditorWindow  # only when asked: keeps start-up lean

            self.editor = EditorWindow(self._base(), self._user_phrases, self._store)
            self.editor.setWindowIcon(svg_icon())
            self.editor.libraryChanged.connect(self.libraryEdited)
        if phrase_id:
            self.editor.select(phrase_id)
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()

    def set_base(self, base: Library) -> None:
        """The packs changed: an open editor lays the user's phrases over the new ones."""
        if self.editor is not None:
            self.editor.set_base(base)


def _bring_up(dialog: QWidget) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a fresh one, with fresh values, next time
    float_if_tiling(dialog)  # a dialog over the chat on sway, not a tile of the whole screen
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
