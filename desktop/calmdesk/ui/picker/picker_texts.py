"""What the picker says in words: its key hints, the repetition warning, why the list is empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from calmdesk.core.repetition import Repeat


# Each text is a literal QCoreApplication.translate("PickerWindow", ...) call: pyside6-lupdate finds those (a
# wrapper function would hide them from it), and the picker window's context keeps its words in one place.
def search_hints(*, message_read: bool = False) -> str:
    """The keys of the search; with a message read, first the one that starts a complaint from it."""
    keys = QCoreApplication.translate(
        "PickerWindow",
        "Enter copy · Ctrl+Enter copy, stay · Alt+1-9 pick · Ctrl+D favourite · "
        "Ctrl+←/→ category · Ctrl+N new complaint · Ctrl+K checklist · Ctrl+T check tone · "
        "Ctrl+E edit · Ctrl+J follow-ups · Ctrl+I statistics · Ctrl+, settings · F1 about · Esc close",
    )
    return (
        QCoreApplication.translate("PickerWindow", "Ctrl+Shift+N complaint from the message") + " · " + keys
        if message_read
        else keys
    )


def check_hints() -> str:
    return QCoreApplication.translate(
        "PickerWindow",
        "Alt+1-9 fix · Ctrl+Z undo · Alt+↑/↓ finding · Ctrl+Enter copy draft · Ctrl+T phrases · Esc close",
    )


def repeat_warning(repeat: Repeat) -> str:
    """Said quietly before copying: these words already went to this customer, and what to say instead."""
    at = repeat.at.astimezone().strftime("%H:%M")
    if repeat.same:
        text = QCoreApplication.translate("PickerWindow", "Already sent to this customer at %s.") % at
    else:
        text = (
            QCoreApplication.translate("PickerWindow", "Nearly the same words went to this customer at %s.")
            % at
        )
    if repeat.variant is not None:
        text += (
            " " + QCoreApplication.translate("PickerWindow", "Ctrl+R: “%s” instead.") % repeat.variant.title
        )
    return text


def empty_list(query: str, category_label: str | None) -> str:
    """Why no phrase is listed for `query` (already stripped and cut short) in the chosen category."""
    if category_label is not None:
        if query:
            text = QCoreApplication.translate("PickerWindow", "No phrase in “%s” matches “%s”.") % (
                category_label,
                query,
            )
        else:
            text = QCoreApplication.translate("PickerWindow", "No phrase in “%s”.") % category_label
        return (
            text + " " + QCoreApplication.translate("PickerWindow", "Press Ctrl+0 to search every category.")
        )
    if not query:
        return QCoreApplication.translate("PickerWindow", "No phrases loaded.")
    # Search returns partial matches for any related word, so an empty list means nothing relates.
    return (
        QCoreApplication.translate(
            "PickerWindow",
            "Nothing in the library relates to “%s”.\n\nBrowse a category above (Ctrl+←/→), "
            "or try other words: sorry, wait, refund, manager…",
        )
        % query
    )
