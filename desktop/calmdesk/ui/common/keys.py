"""Keyboard reach shared by the dialogs: a form label whose Alt+letter jumps to its field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """A label for `field`; the letter after "&" in `text` is its Alt+letter (unique within a window)."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label
