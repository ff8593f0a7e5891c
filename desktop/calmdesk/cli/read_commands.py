"""`calmdesk read`: what a customer's message says (topic, anger, asks, threats, order, name), headless."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from collections.abc import Sequence
from pathlib import Path

from calmdesk.cli.errors import EXIT_OK, EXIT_USAGE, CommandError, warn
from calmdesk.cli.session import Session, ascii_only
from calmdesk.core.library import expand_pack_dirs
from calmdesk.core.messages import gettext as _
from calmdesk.core.printable import printable, quoted
from calmdesk.core.reading import Reading, load_knowledge, read_message
from calmdesk.core.reading.answers import offered_phrases
from calmdesk.core.reading.model import ANGER_WORDS
from calmdesk.core.safefile import FileRefused, read_regular_file
from calmdesk.store import paths

# A bigger input is not one message: the reader looks at its beginning only, so reading more is waste.
MAX_MESSAGE_BYTES = 16 * 1024 * 1024
_ROWS = (
    ("topic", "topic"),
    ("anger", "anger"),
    ("asks", "asks"),
    ("threats", "threats"),
    ("repeat_contact", "repeat contact"),
    ("order_number", "order number"),
    ("customer_name", "customer name"),
    ("email", "e-mail"),
    ("deadline", "deadline"),
    ("language", "language"),  # the language it was read in ("-": too short to tell, read as English)
)


def read(target: str, *, extra_dirs: Sequence[Path], as_json: bool) -> int:
    """Print the reading of the message in `target` (a file, or - for stdin). Exit 0 whatever it says."""
    data = _message_bytes(target)
    session = Session.load(extra_dirs)
    knowledge = load_knowledge(
        [*expand_pack_dirs(session.settings.pack_dirs), paths.user_packs_dir(), *extra_dirs]
    )
    for problem in knowledge.problems:
        warn(str(problem))
    reading = read_message(data, knowledge)
    library = {phrase.id: phrase for phrase in session.library.phrases}
    phrases = offered_phrases(reading, library.keys(), knowledge)
    if as_json:
        print(json.dumps(reading.as_dict(phrases), ensure_ascii=ascii_only(), indent=2))
        return EXIT_OK
    print(printable(reading.summary()))
    print()
    for field, label in _ROWS:
        print(f"  {label:<15} {_value(reading, field):<16} {_why(reading, field)}".rstrip())
    if phrases:
        print("\n" + _("Phrases that answer it:"))
        for phrase_id in phrases:
            print(f"  {printable(phrase_id):<36} {printable(library[phrase_id].title)}")
    return EXIT_OK


def _message_bytes(target: str) -> bytes:
    if target == "-":
        return sys.stdin.buffer.read(MAX_MESSAGE_BYTES)
    try:
        return read_regular_file(Path(target), MAX_MESSAGE_BYTES)
    except FileRefused as error:
        reason = str(error)
    except OSError as error:
        reason = error.strerror or str(error)
    raise CommandError(
        _("cannot read {file}: {reason}").format(file=quoted(target), reason=reason), EXIT_USAGE
    )


def _value(reading: Reading, field: str) -> str:
    if field == "anger":
        return f"{reading.anger} {ANGER_WORDS[reading.anger].lower()}"
    if field in ("asks", "threats"):
        return ", ".join(getattr(reading, field)) or "-"
    if field == "repeat_contact":
        return "yes" if reading.repeat_contact else "no"
    if field == "deadline":
        return printable(reading.deadline or "yes") if reading.has_deadline else "no"
    value = getattr(reading, field)
    return printable(str(value)) if value else "-"


def _why(reading: Reading, field: str) -> str:
    """The words that led to a finding, quoted: the agent sees why ("Very upset", "second time")."""
    if field in ("order_number", "customer_name", "email", "deadline"):
        return ""
    spans = [e.text for e in reading.evidence if e.field == field]
    return ", ".join(quoted(text, 40) for text in dict.fromkeys(spans))


def run_read(args: Namespace) -> int:
    """`calmdesk read`, as cli.table names it."""
    return read(args.target, extra_dirs=tuple(args.packs), as_json=args.json)
