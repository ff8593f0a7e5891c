"""The settings dialog: the few things an agent sets once (name, company, hotkey, auto-paste, times)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calmdesk.core.shortcut import DEFAULT_SHORTCUT, shortcut_problem
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings, save_settings
from calmdesk.system.autostart import Autostart, AutostartError, for_this_system
from calmdesk.ui.common.keys import buddy_label
from calmdesk.ui.settings.complaint_settings import ComplaintSettingsBox
from calmdesk.ui.settings.language_settings import LanguagePage
from calmdesk.ui.settings.settings_times import TimesPage


class SettingsDialog(QDialog):
    """Edits a copy of `Settings` and saves it with `save_settings` on OK.

    Signals:
        settingsSaved(object): the new `Settings`, emitted once the file is written.

    A save that fails keeps the dialog open with the reason shown, so nothing typed is lost.
    """

    settingsSaved = Signal(object)

    def __init__(
        self,
        settings: Settings,
        path: Path | None = None,
        parent: QWidget | None = None,
        autostart: Autostart | None = None,
        *,
        desktop_shortcuts: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._path = path
        # The desktop's own dialog for the key (the GlobalShortcuts portal's ConfigureShortcuts), where
        # the desktop offers one: there the desktop, not CalmDesk, decides which key it is.
        self._desktop_shortcuts: QPushButton | None = None
        if desktop_shortcuts is not None:
            self._desktop_shortcuts = QPushButton(self.tr("Ad&just in the desktop's settings…"), self)
            self._desktop_shortcuts.setToolTip(self.tr("This desktop keeps the key: change it there."))
            self._desktop_shortcuts.clicked.connect(desktop_shortcuts)
        # Not a setting in the file: the autostart entry itself says whether CalmDesk starts at login.
        self._autostart_place = autostart if autostart is not None else for_this_system()
        self._autostart = QCheckBox(self)
        self._agent_name = QLineEdit(self)
        self._company = QLineEdit(self)
        self._support_email = QLineEdit(self)
        self._hotkey = QKeySequenceEdit(self)
        self._hotkey_reset = QPushButton(self)
        self._auto_paste = QCheckBox(self)
        self._restore_clipboard = QCheckBox(self)
        self._close_after_copy = QCheckBox(self)
        self._show_preview = QCheckBox(self)
        self._pack_dirs = QPlainTextEdit(self)
        self._add_pack_dir = QPushButton(self)
        self._tabs = QTabWidget(self)
        self._general = QWidget(self._tabs)
        self._times_page = QWidget(self._tabs)  # promised times and the complaint's own settings
        self._times = TimesPage(settings, self._times_page)
        self._complaints = ComplaintSettingsBox(settings, self._times_page)
        self._languages = LanguagePage(settings, self._tabs)
        self._error = QLabel(self)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        self.setWindowTitle(self.tr("Settings"))  # Qt appends " — CalmDesk", the display name
        self._agent_name.setText(settings.agent_name)
        # Plain words, never the template syntax: agents fill phrases, they do not write them.
        self._agent_name.setPlaceholderText(self.tr("The name you sign replies with, e.g. Sam"))
        self._agent_name.setAccessibleName(self.tr("Your name"))
        self._company.setText(settings.company)
        self._company.setPlaceholderText(self.tr("Your company or team, e.g. Acme"))
        self._company.setAccessibleName(self.tr("Company"))
        self._support_email.setText(settings.support_email)
        self._support_email.setPlaceholderText(self.tr("Offered in public replies, e.g. help@acme.example"))
        self._support_email.setAccessibleName(self.tr("Support email"))
        self._hotkey.setKeySequence(QKeySequence(settings.hotkey))
        self._hotkey.setMaximumSequenceLength(1)  # a global hotkey is one chord, never a sequence
        self._hotkey.setClearButtonEnabled(True)
        self._hotkey.setAccessibleName(self.tr("Hotkey"))
        self._hotkey.setToolTip(self.tr("Click, then press the key combination that opens the search"))
        self._hotkey_reset.setText(self.tr("Defa&ult"))
        self._hotkey_reset.setAccessibleName(self.tr("Reset hotkey to the default"))
        self._auto_paste.setText(self.tr("&Paste into the previous window after copying"))
        self._auto_paste.setChecked(settings.auto_paste)
        self._auto_paste.setAccessibleName(self._auto_paste.text().replace("&", ""))
        self._restore_clipboard.setText(self.tr("Gi&ve my clipboard back after pasting"))
        self._restore_clipboard.setToolTip(
            self.tr("What you had copied before returns once the phrase is pasted.")
        )
        self._restore_clipboard.setChecked(settings.restore_clipboard)
        self._restore_clipboard.setEnabled(settings.auto_paste)  # it follows a paste, so only with one
        self._restore_clipboard.setAccessibleName(self._restore_clipboard.text().replace("&", ""))
        self._auto_paste.toggled.connect(self._restore_clipboard.setEnabled)
        self._close_after_copy.setText(self.tr("C&lose the search after copying"))
        self._close_after_copy.setChecked(settings.close_after_copy)
        self._close_after_copy.setAccessibleName(self._close_after_copy.text().replace("&", ""))
        self._show_preview.setText(self.tr("Show the full te&xt of the selected phrase"))
        self._show_preview.setChecked(settings.show_preview)
        self._show_preview.setAccessibleName(self._show_preview.text().replace("&", ""))
        self._autostart.setText(self.tr("Start CalmDesk &when you log in"))
        self._autostart.setAccessibleName(self._autostart.text().replace("&", ""))
        started = self._autostart_place.status()
        self._autostart.setChecked(started.enabled)
        if not self._autostart_place.supported:
            self._autostart.setEnabled(False)
            self._autostart.setToolTip(self.tr("Not supported on this system yet"))
        elif started.problem:
            self._autostart.setToolTip(self.tr("The autostart entry %s") % started.problem)
        self._pack_dirs.setPlainText("\n".join(settings.pack_dirs))
        self._pack_dirs.setPlaceholderText(self.tr("One folder per line, e.g. a share your team lead keeps"))
        self._pack_dirs.setAccessibleName(self.tr("Team pack folders"))
        self._pack_dirs.setToolTip(
            self.tr("Phrase packs in these folders load too, and reload when they change")
        )
        self._pack_dirs.setTabChangesFocus(True)
        self._pack_dirs.setFixedHeight(4 * self._pack_dirs.fontMetrics().lineSpacing() + 12)
        self._add_pack_dir.setText(self.tr("Add &folder…"))
        self._add_pack_dir.setAccessibleName(self.tr("Add a team pack folder"))
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #c0392b;")
        self._error.setAccessibleName(self.tr("Error"))
        self._error.hide()

        self._hotkey_reset.clicked.connect(self._reset_hotkey)
        self._add_pack_dir.clicked.connect(self._pick_pack_dir)
        self._hotkey.keySequenceChanged.connect(self._check_hotkey)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        hotkey_row = QHBoxLayout()
        hotkey_row.addWidget(self._hotkey, 1)
        hotkey_row.addWidget(self._hotkey_reset)
        if self._desktop_shortcuts is not None:
            hotkey_row.addWidget(self._desktop_shortcuts)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Your name:"), self._agent_name, self), self._agent_name)
        form.addRow(buddy_label(self.tr("Co&mpany:"), self._company, self), self._company)
        form.addRow(buddy_label(self.tr("Support &email:"), self._support_email, self), self._support_email)
        form.addRow(buddy_label(self.tr("Hot&key:"), self._hotkey, self), hotkey_row)
        form.addRow("", self._auto_paste)
        form.addRow("", self._restore_clipboard)
        form.addRow("", self._close_after_copy)
        form.addRow("", self._show_preview)
        form.addRow("", self._autostart)
        packs_column = QVBoxLayout()
        packs_column.addWidget(self._pack_dirs)
        packs_column.addWidget(self._add_pack_dir, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(buddy_label(self.tr("&Team packs:"), self._pack_dirs, self), packs_column)
        self._general.setLayout(form)
        times_column = QVBoxLayout(self._times_page)
        times_column.addWidget(self._times)
        times_column.addWidget(self._complaints)
        times_column.addStretch(1)
        self._tabs.addTab(self._general, self.tr("&General"))
        self._tabs.addTab(self._times_page, self.tr("T&imes and complaints"))
        self._tabs.addTab(self._languages, self._languages.title())  # no Alt+letter is free; Ctrl+Tab
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs)
        layout.addWidget(self._error)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(460)
        self._agent_name.setFocus()  # the first field: a dialog opens ready to type

    def _hotkey_text(self) -> str:
        return self._hotkey.keySequence().toString(QKeySequence.SequenceFormat.PortableText)

    def _reset_hotkey(self) -> None:
        self._hotkey.setKeySequence(QKeySequence(DEFAULT_SHORTCUT))

    def _check_hotkey(self) -> bool:
        """Say at once why a pressed key cannot be the hotkey; True when it can (or the field is empty)."""
        text = self._hotkey_text()
        problem = shortcut_problem(text) if text else None
        self._error.setText(self.tr("This hotkey cannot be used: %s") % problem if problem else "")
        self._error.setVisible(problem is not None)
        return problem is None

    def edited(self) -> Settings:
        """The settings as the dialog shows them now (untouched keys kept as they were)."""
        hotkey = self._hotkey_text()
        general = dataclasses.replace(
            self._settings,
            agent_name=self._agent_name.text().strip(),
            company=self._company.text().strip(),
            support_email=self._support_email.text().strip(),
            show_preview=self._show_preview.isChecked(),
            hotkey=hotkey or self._settings.hotkey,
            auto_paste=self._auto_paste.isChecked(),
            restore_clipboard=self._restore_clipboard.isChecked(),
            close_after_copy=self._close_after_copy.isChecked(),
            pack_dirs=self._pack_dir_lines(),
            **self._complaints.values(),  # type: ignore[arg-type]  # each checked by its spin box
        )
        return self._languages.edited(self._times.edited(general))

    def _pack_dir_lines(self) -> tuple[str, ...]:
        lines = (line.strip() for line in self._pack_dirs.toPlainText().splitlines())
        return tuple(dict.fromkeys(line for line in lines if line))

    def _pick_pack_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add a team pack folder"))
        if chosen and chosen not in self._pack_dir_lines():
            self._pack_dirs.setPlainText("\n".join([*self._pack_dir_lines(), chosen]))

    def accept(self) -> None:
        if not self._hotkey_text():
            # Never saved silently: the default comes back where the agent can see it, and OK saves it.
            self._reset_hotkey()
            self._error.setText(
                self.tr(
                    "A hotkey is needed to open the search: the field is back to %s. "
                    "Press OK to keep it, or choose another key."
                )
                % QKeySequence(DEFAULT_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
            self._error.show()
            self._tabs.setCurrentWidget(self._general)
            self._hotkey.setFocus()
            return
        if not self._check_hotkey():
            self._tabs.setCurrentWidget(self._general)
            self._hotkey.setFocus()
            return
        email = self._support_email.text().strip()
        if email and ("@" not in email or " " in email):
            self._error.setText(
                self.tr("“%s” does not look like an email address, e.g. help@acme.example.") % email
            )
            self._error.show()
            self._tabs.setCurrentWidget(self._general)
            self._support_email.setFocus()
            return
        problem = self._times.problem()
        if problem is not None:
            self._tabs.setCurrentWidget(self._times_page)
            self._error.setText(problem)
            self._error.show()
            return
        settings = self.edited()
        try:
            save_settings(settings, self._path)
        except (StoreError, OSError) as exc:
            self._error.setText(self.tr("Could not save the settings: %s") % exc)
            self._error.show()
            return
        self._settings = settings
        self.settingsSaved.emit(settings)
        if not self._apply_autostart():
            return  # the settings are saved; the dialog stays to say why the login start was not
        super().accept()

    def _apply_autostart(self) -> bool:
        place = self._autostart_place
        wanted = self._autostart.isChecked()
        if not place.supported or wanted == place.status().enabled:
            return True
        try:
            if wanted:
                place.enable()
            else:
                place.disable()
        except AutostartError as exc:
            self._error.setText(self.tr("Could not change the start at login: %s") % exc)
            self._error.show()
            self._tabs.setCurrentWidget(self._general)
            return False
        return True
