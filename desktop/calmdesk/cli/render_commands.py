"""render and copy: a phrase with its blanks filled from the complaint, the settings and --set."""

from __future__ import annotations

import sys
from argparse import Namespace
from collections.abc import Iterable
from datetime import datetime

from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CommandError, warn
from calmdesk.cli.session import Session
from calmdesk.core.library import Library
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import Phrase
from calmdesk.core.printable import quoted


def render(session: Session, phrase_id: str, assignments: Iterable[str], *, copy: bool) -> int:
    from calmdesk.core import placeholders  # only the commands that fill blanks load it
    from calmdesk.core.clock_fields import clock_fields

    phrase = session.library.get(phrase_id)
    if phrase is None:
        raise CommandError(_unknown_id_message(phrase_id, session.library), EXIT_PROBLEM)
    given = _parse_assignments(assignments)
    _warn_unknown_names(phrase, given)
    wrong = placeholders.value_problems(phrase.text, given)
    if wrong:
        raise CommandError(f"{phrase.id}: " + "; ".join(wrong), EXIT_USAGE)
    # The promised times as the picker's form would show them: rounded, inside the working hours.
    promised = clock_fields(phrase.text, datetime.now(), session.settings.working_time(), phrase.lang)[1]
    values = {**session.prefilled_values(), **promised, **given}
    try:
        text = placeholders.render(phrase.text, values)
    except placeholders.MissingValues as missing:
        hint = " ".join(f"--set {name}=..." for name in missing.names)
        message = _("{id} needs a value for: {names} (add {hint})")
        names = ", ".join(missing.names)
        raise CommandError(message.format(id=phrase.id, names=names, hint=hint), EXIT_USAGE) from None
    if copy:
        _copy_to_clipboard(text)
        print(_("Copied {id} to the clipboard.").format(id=phrase.id), file=sys.stderr)
    else:
        print(text)
    return EXIT_OK


def _parse_assignments(assignments: Iterable[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CommandError(_("--set takes NAME=VALUE, not {given!r}").format(given=item), EXIT_USAGE)
        values[name.strip()] = value
    return values


def _warn_unknown_names(phrase: Phrase, given: dict[str, str]) -> None:
    from calmdesk.core import placeholders  # only the commands that fill blanks load it

    # A misspelt --set would otherwise leave the blank to its default without a word, and exit 0.
    names = [p.name for p in placeholders.blanks(phrase.text)]
    for name in given:
        if name not in names:
            known = (
                _("its blanks: {names}").format(names=", ".join(names)) if names else _("it has no blanks")
            )
            message = _("{id} has no blank named {name} (ignored); {known}")
            warn(message.format(id=phrase.id, name=quoted(name), known=known))


def _unknown_id_message(phrase_id: str, library: Library) -> str:
    from difflib import get_close_matches

    close = get_close_matches(phrase_id, [p.id for p in library.phrases], n=3, cutoff=0.6)
    if close:
        return _("no phrase with id {id!r}; did you mean {close}?").format(
            id=phrase_id, close=", ".join(close)
        )
    return _("no phrase with id {id!r}; `calmdesk list` shows every id").format(id=phrase_id)


def _copy_to_clipboard(text: str) -> None:
    from calmdesk.system.clipboard import ClipboardError, copy_without_gui

    try:
        copy_without_gui(text)
    except ClipboardError as error:
        raise CommandError(str(error), EXIT_PROBLEM) from None


def run_render(args: Namespace) -> int:
    return render(Session.load(args.packs, args.lang), args.phrase_id, args.values, copy=False)


def run_copy(args: Namespace) -> int:
    return render(Session.load(args.packs, args.lang), args.phrase_id, args.values, copy=True)
