"""The editor's smaller parts: its buttons, and the line that says where the phrase shown comes from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from calmdesk.core.phrase_edit import Origin


class EditorButtons:
    """One button per action, by key ("new", "save", ...); `update` enables and names them for the phrase
    shown (Delete is Revert on a customized copy, Hide is Show on a hidden phrase, the star fills)."""

    def __init__(self, parent: QWidget) -> None:
        tr = parent.tr
        self._buttons = {
            "new": QPushButton(tr("&New"), parent),
            "duplicate": QPushButton(tr("D&uplicate"), parent),
            "save": QPushButton(tr("&Save"), parent),
            "delete": QPushButton(tr("&Delete"), parent),
            "customize": QPushButton(tr("&Customise"), parent),
            "hide": QPushButton(tr("&Hide"), parent),
            "favourite": QPushButton(tr("☆ &Favourite"), parent),
            "import": QPushButton(tr("&Import…"), parent),
            "export": QPushButton(tr("E&xport…"), parent),
        }
        self._tr = tr
        tips = {
            "new": tr("New phrase (Ctrl+N)"),
            "duplicate": tr("Copy this phrase as a new one of yours (Ctrl+Shift+D)"),
            "save": tr("Save now (Ctrl+S)"),
            "delete": tr("Delete your phrase, or revert a customised one (Delete; Ctrl+Z undoes)"),
            "customize": tr("Make your own copy of this phrase; it replaces the original everywhere"),
            "hide": tr("Hide this phrase from the picker, or show it again"),
            "favourite": tr("Mark as a favourite (Ctrl+D)"),
            "import": tr("Add phrases from Espanso, Beeftext, CSV or a CalmDesk pack (Ctrl+I)"),
            "export": tr("Save your phrases as a CalmDesk pack or a CSV file"),
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
        tr = self._tr
        editable = bool(origin and origin.editable)
        self["save"].setEnabled(is_new or (editable and savable))
        self["duplicate"].setEnabled(shown)
        self["delete"].setEnabled(editable)
        self["delete"].setText(tr("&Revert") if origin and origin.kind == "customized" else tr("&Delete"))
        self["customize"].setEnabled(shown and not editable)
        self["hide"].setEnabled(shown)
        self["hide"].setText(tr("S&how") if hidden else tr("&Hide"))
        self["favourite"].setEnabled(shown and favourite is not None)
        self["favourite"].setText(tr("★ &Favourite") if favourite else tr("☆ &Favourite"))


def origin_short(widget: QWidget, origin: Origin) -> str:
    """For the list's Source column; the full story (pack version, file) is in the form's header."""
    if origin.kind == "builtin":
        return widget.tr("Built-in")
    if origin.kind == "team":
        return widget.tr("Team: %s") % origin.pack_name
    return widget.tr("Yours (customised)") if origin.kind == "customized" else widget.tr("Yours")


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
        text = origin_text(self, origin)
        if not origin.editable:
            text += " — " + self.tr("read-only: Customise makes your own copy")
        if hidden:
            text += " — " + self.tr("hidden from the picker")
        self.setText(text)


def origin_text(widget: QWidget, origin: Origin) -> str:
    """Where a phrase comes from, in full, for the form's header."""
    version = f" {origin.pack_version}" if origin.pack_version else ""
    if origin.kind == "builtin":
        return widget.tr("Built-in: %s") % (origin.pack_name + version)
    if origin.kind == "team":
        return widget.tr("Team pack: %s") % (origin.pack_name + version)
    if origin.kind == "customized":
        return widget.tr("Yours, customised from %s") % (origin.pack_name + version)
    return widget.tr("Yours") + (widget.tr(", from %s") % origin.detail if origin.detail else "")


def ask_save_new(parent: QWidget, title: str) -> QMessageBox:
    """Save, Discard or Cancel for a new phrase the agent is closing the editor on; its `finished` gives
    the button. Opened, not exec()'d: nothing waits for the answer in a nested event loop."""
    buttons = QMessageBox.StandardButton

    def tr(text: str) -> str:
        return QCoreApplication.translate("EditorWindow", text)

    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("New phrase not saved"),
        tr("Save the new phrase “%s”?") % (title or tr("(no title yet)")),
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def lay_out(
    window: QWidget, browser: QWidget, shown: tuple[QWidget, QWidget], buttons: EditorButtons, status: QLabel
) -> None:
    """The list with Import and Export on the left; where the phrase comes from, its form and the actions
    on the right; the status line under both."""
    left = QWidget(window)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(browser, 1)
    left_layout.addLayout(buttons.row("import", "export"))
    right = QWidget(window)
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    origin_line, form = shown
    right_layout.addWidget(origin_line)
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
