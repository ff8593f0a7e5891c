"""About CalmDesk: version, where its files live, and what it is for."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from calmdesk import __version__
from calmdesk.store import paths
from calmdesk.ui.common.icons import svg_icon
from calmdesk.ui.common.rich_text import escape


class AboutDialog(QDialog):
    """Version, file locations (selectable, for support requests) and a short description."""

    def __init__(self, extra: Sequence[tuple[str, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logo = QLabel(self)
        self._text = QLabel(self)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        self.setWindowTitle(self.tr("About CalmDesk"))
        self._logo.setPixmap(svg_icon().pixmap(64, 64))
        self._logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._logo.setAccessibleName(self.tr("CalmDesk logo"))
        self._text.setTextFormat(Qt.TextFormat.RichText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setWordWrap(True)
        self._text.setAccessibleName(self.tr("About CalmDesk"))
        self._text.setText(self._html(extra))

        self._buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self._logo)
        top.addWidget(self._text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(520)

    def _html(self, extra: Sequence[tuple[str, str]]) -> str:
        rows = [
            (self.tr("Settings file"), str(paths.settings_file())),
            (self.tr("Your data"), str(paths.database_file())),
            (self.tr("Your phrase packs"), str(paths.user_packs_dir())),
            (self.tr("Log (for support)"), str(paths.log_file())),
            *extra,
        ]
        table = "".join(
            f"<tr><td style='padding-right:12px; white-space:nowrap'><b>{escape(k)}</b></td>"
            f"<td style='white-space:nowrap'>{escape(v)}</td></tr>"
            for k, v in rows
        )
        what = self.tr("Calm, ready-made replies for support agents facing an upset customer.")
        offline = self.tr("Works fully offline: nothing you type ever leaves this computer.")
        return (
            f"<h2 style='margin-bottom:2px'>CalmDesk {escape(__version__)}</h2>"
            f"<p>{escape(what)}<br>{escape(offline)}</p>"
            f"<table>{table}</table>"
        )
