"""The editor's smaller parts: its buttons, and the line that says where the phrase shown comes from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from calmdesk.core.phrase_edit import Origin


class EditorButtons(QObject):
    """One button per action, by key ("new", "save", ...); `update` enables and names them for the phrase
    shown (Delete is Revert on a customized copy, Hide is Show on a hidden phrase, the star fills).

    A QObject so that its texts are translated in its own context, which pyside6-lupdate finds in
    `self.tr(...)` calls (it cannot follow an alias of the parent's tr).
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._buttons = {
            "new": QPushButton(self.tr("&New"), parent),
            "duplicate": QPushButton(self.tr("D&uplicate"), parent),
            "save": QPushButton(self.tr("&Save"), parent),
            "delete": QPushButton(self.tr("&Delete"), parent),
            "customize": QPushButton(self.tr("&Customise"), parent),
            "hide": QPushButton(self.tr("&Hide"), parent),
            "favourite": QPushButton(self.tr("☆ &Favourite"), parent),
            "import": QPushButton(self.tr("&Import…"), parent),
            "export": QPushButton(self.tr("E&xport…"), parent),
        }
        tips = {
            "new": self.tr("New phrase (Ctrl+N)"),
            "duplicate": self.tr("Copy this phrase as a new one of yours (Ctrl+Shift+D)"),
            "save": self.tr("Save now (Ctrl+S)"),
            "delete": self.tr("Delete your phrase, or revert a customised one (Delete; Ctrl+Z undoes)"),
            "customize": self.tr("Make your own copy of this phrase; it replaces the original everywhere"),
            "hide": self.tr("Hide this phrase from the picker, or show it again"),
            "favourite": self.tr("Mark as a favourite (Ctrl+D)"),
            "import": self.tr("Add phrases from Espanso, Beeftext, CSV or a CalmDesk pack (Ctrl+I)"),
            "export": self.tr("Save your phrases as a CalmDesk pack or a CSV file"),
        }
        for key, button in self._buttons.items():
            button.setToolTip(tips[key])
            button.setAutoDefault(False)

    def __getitem__(self, key: str) -> QPushButton:
        return self._buttons[key]

    def row(self, *keys: str, last: str | None = None) -> QHBoxLayout:
        """These buttons in a row, left to right, and `last` alone at the right end."""
        row = QHBoxLayout()
        for key in keys:
            row.addWidget(self._buttons[key])
        row.addStretch(1)
        if last is not None:
            row.addWidget(self._buttons[last])
        return row

    def update(
        self,
        *,
        shown: bool,
        origin: Origin | None,
        savable: bool,
        is_new: bool,
        hidden: bool,
        favourite: bool | None,
    ) -> None:
        """`favourite` None: no store to keep favourites in."""
        editable = bool(origin and origin.editable)
        self["save"].setEnabled(is_new or (editable and savable))
        self["duplicate"].setEnabled(shown)
        self["delete"].setEnabled(editable)
        self["delete"].setText(
            self.tr("&Revert") if origin and origin.kind == "customized" else self.tr("&Delete")
        )
        self["customize"].setEnabled(shown and not editable)
        self["hide"].setEnabled(shown)
        self["hide"].setText(self.tr("S&how") if hidden else self.tr("&Hide"))
        self["favourite"].setEnabled(shown and favourite is not None)
        self["favourite"].setText(self.tr("★ &Favourite") if favourite else self.tr("☆ &Favourite"))


def origin_short(widget: QWidget, origin: Origin) -> str:
    """For the list's Source column; the full story (pack version, file) is in the form's header.

    In a context of its own (lupdate cannot follow `widget.tr`); `widget` stays for the callers."""
    del widget
    if origin.kind == "builtin":
        return QCoreApplication.translate("OriginShort", "Built-in")
    if origin.kind == "team":
        return QCoreApplication.translate("OriginShort", "Team: %s") % origin.pack_name
    if origin.kind == "customized":
        return QCoreApplication.translate("OriginShort", "Yours (customised)")
    return QCoreApplication.translate("OriginShort", "Yours")


class OriginLabel(QLabel):
    """Above the form: where the phrase shown comes from, whether it can be edited, whether it is hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Where this phrase comes from"))

    def show_new(self) -> None:
        self.setText(self.tr("A new phrase of yours (not saved yet)"))

    def show_origin(self, origin: Origin | None, *, hidden: bool) -> None:
        """`origin` None: nothing is shown."""
        if origin is None:
            self.setText(self.tr("Pick a phrase on the left, or press Ctrl+N for a new one."))
            return
        text = origin_text(origin)
        if not origin.editable:
            text += " — " + self.tr("read-only: Customise makes your own copy")
        if hidden:
            text += " — " + self.tr("hidden from the picker")
        self.setText(text)


def origin_text(origin: Origin) -> str:
    """Where a phrase comes from, in full, for the form's header."""
    version = f" {origin.pack_version}" if origin.pack_version else ""
    if origin.kind == "builtin":
        return QCoreApplication.translate("OriginText", "Built-in: %s") % (origin.pack_name + version)
    if origin.kind == "team":
        return QCoreApplication.translate("OriginText", "Team pack: %s") % (origin.pack_name + version)
    if origin.kind == "customized":
        return QCoreApplication.translate("OriginText", "Yours, customised from %s") % (
            origin.pack_name + version
        )
    where = QCoreApplication.translate("OriginText", ", from %s") % origin.detail if origin.detail else ""
    return QCoreApplication.translate("OriginText", "Yours") + where


def ask_save_new(parent: QWidget, title: str) -> QMessageBox:
    """Save, Discard or Cancel for a new phrase the agent is closing the editor on; its `finished` gives
    the button. Opened, not exec()'d: nothing waits for the answer in a nested event loop."""
    buttons = QMessageBox.StandardButton
    # Literal translate() calls, which pyside6-lupdate finds (a local tr() wrapper hides them from it).
    untitled = QCoreApplication.translate("EditorWindow", "(no title yet)")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("EditorWindow", "New phrase not saved"),
        QCoreApplication.translate("EditorWindow", "Save the new phrase “%s”?") % (title or untitled),
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def lay_out(
    window: QWidget,
    browser: QWidget,
    shown: tuple[QWidget, QWidget, QWidget],
    buttons: EditorButtons,
    status: QLabel,
) -> None:
    """The list with Import and Export on the left; where the phrase comes from, its language versions,
    its form and the actions on the right; the status line under both."""
    left = QWidget(window)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(browser, 1)
    left_layout.addLayout(buttons.row("import", "export"))
    right = QWidget(window)
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    origin_line, versions, form = shown
    right_layout.addWidget(origin_line)
    right_layout.addWidget(versions)
    right_layout.addWidget(form, 1)
    right_layout.addLayout(
        buttons.row("new", "duplicate", "customize", "hide", "favourite", "delete", last="save")
    )
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([500, 580])
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(window)
    layout.addWidget(splitter, 1)
    layout.addWidget(status)
