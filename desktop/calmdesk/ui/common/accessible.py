"""Names for the parts Qt builds inside widgets (a field's clear button, a table's headers), which have
none of their own: a screen reader would say only "button"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QHeaderView, QLineEdit, QToolButton, QWidget


def name_the_unnamed(window: QWidget) -> None:
    """Give each clear button, table header and table corner button of `window` a name, if it has none."""
    for field in window.findChildren(QLineEdit):
        if not field.isClearButtonEnabled():
            continue
        what = field.accessibleName() or field.placeholderText()
        for button in field.findChildren(QToolButton):
            if not button.accessibleName():
                button.setAccessibleName(
                    QCoreApplication.translate("AccessibleNames", "Clear %s") % what
                    if what
                    else QCoreApplication.translate("AccessibleNames", "Clear")
                )
    for view in window.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView):
            continue
        what = view.accessibleName() or QCoreApplication.translate("AccessibleNames", "the list")
        for header in view.findChildren(QHeaderView):
            if not header.accessibleName():
                if header.orientation().name == "Vertical":
                    headers = QCoreApplication.translate("AccessibleNames", "Row headers of %s")
                else:
                    headers = QCoreApplication.translate("AccessibleNames", "Column headers of %s")
                header.setAccessibleName(headers % what)
        for corner in view.findChildren(QAbstractButton):
            if not corner.accessibleName() and not corner.text():
                corner.setAccessibleName(
                    QCoreApplication.translate("AccessibleNames", "Select all of %s") % what
                )


class AccessibleNames(QObject):
    """Installed on the application: names the unnamed parts of each window as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            name_the_unnamed(watched)
        return False
