"""What the picker says in words: its key hints, the repetition warning, why the list is empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from calmdesk.core.repetition import Repeat


def _tr(text: str) -> str:
    # The picker window's own translation context, so catalogues keep one place for its words.
    return QCoreApplication.translate("PickerWindow", text)


def search_hints(*, message_read: bool = False) -> str:
    """The keys of the search; with a message read, first the one that starts a complaint from it."""
    keys = _tr(
        "Enter copy · Ctrl+Enter copy, stay · Alt+1-9 pick · Ctrl+D favourite · "
        "Ctrl+←/→ category · Ctrl+N new complaint · Ctrl+K checklist · Ctrl+T check tone · "
        "Ctrl+E edit · Ctrl+J follow-ups · Ctrl+I statistics · Ctrl+, settings · F1 about · Esc close"
    )
    return _tr("Ctrl+Shift+N complaint from the message") + " · " + keys if message_read else keys


def check_hints() -> str:
    return _tr(
        "Alt+1-9 fix · Ctrl+Z undo · Alt+↑/↓ finding · Ctrl+Enter copy draft · Ctrl+T phrases · Esc close"
    )


def repeat_warning(repeat: Repeat) -> str:
    """Said quietly before copying: these words already went to this customer, and what to say instead."""
    at = repeat.at.astimezone().strftime("%H:%M")
    if repeat.same:
        text = _tr("Already sent to this customer at %s.") % at
    else:
        text = _tr("Nearly the same words went to this customer at %s.") % at
    if repeat.variant is not None:
        text += " " + _tr("Ctrl+R: “%s” instead.") % repeat.variant.title
    return text


def empty_list(query: str, category_label: str | None) -> str:
    """Why no phrase is listed for `query` (already stripped and cut short) in the chosen category."""
    if category_label is not None:
        if query:
            text = _tr("No phrase in “%s” matches “%s”.") % (category_label, query)
        else:
            text = _tr("No phrase in “%s”.") % category_label
        return text + " " + _tr("Press Ctrl+0 to search every category.")
    if not query:
        return _tr("No phrases loaded.")
    # Search returns partial matches for any related word, so an empty list means nothing relates.
    return (
        _tr(
            "Nothing in the library relates to “%s”.\n\nBrowse a category above (Ctrl+←/→), "
            "or try other words: sorry, wait, refund, manager…"
        )
        % query
    )
