"""What each command of the table (cli/table.py) takes: one builder per command adds its arguments."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from calmdesk.core.languages import SUPPORTED
from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _

# The model and what it names are imported inside the few builders that need them: `calmdesk --help` and
# `--version` import little more than argparse. Texts are marked with _() and N_() as in the table;
# scripts/extract-messages reads every file of cli/.

Arguments = Callable[[argparse.ArgumentParser], None]

# The same as calmdesk.core.importers' (a test keeps them equal); spelt here so that parsing the command line
# does not import the YAML library for every command.
IMPORT_FORMATS = ("calmdesk", "csv", "espanso", "beeftext")
EXPORT_FORMATS = ("calmdesk", "csv")


def no_arguments(_parser: argparse.ArgumentParser) -> None:
    return None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a whole number: {text!r}").format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("must be 1 or more"))
    return value


def anger(text: str) -> int:
    value = positive_int(text)
    if value > 5:
        raise argparse.ArgumentTypeError(_("must be 1 to 5"))
    return value


def content_lang(text: str) -> str:
    """A language CalmDesk writes in, as a code in any usual spelling ("es", "ES", "pt-BR") or a name."""
    from calmdesk.core.languages import content_language

    found = content_language(text)
    if found is None:
        message = _('unknown language "{code}": use one of {codes}')
        raise argparse.ArgumentTypeError(message.format(code=text, codes=", ".join(SUPPORTED)))
    return found


def shortcut(text: str) -> str:
    from calmdesk.core.shortcut import shortcut_problem

    problem = shortcut_problem(text)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return text.strip()


def _json(parser: argparse.ArgumentParser, what: str = N_("print a JSON array")) -> None:
    parser.add_argument("--json", action="store_true", help=_(what))


def _category_filter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--category", metavar="CATEGORY", help=_("only this category (key or label)"))


def _lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=SUPPORTED,
        help=_(
            "the phrases in this language, English where one has none (default: the settings' language, "
            "else the locale's)"
        ),
    )


# -- phrases ---------------------------------------------------------------------------------------------


def search(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="*", help=_("words to look for (typos are fine)"))
    _category_filter(parser)
    parser.add_argument("--limit", type=positive_int, default=10, help=_("at most N results (default 10)"))
    _json(parser)
    parser.add_argument(
        "--stdin", action="store_true", help=_("read one query per line; print one result line per query")
    )
    _lang(parser)


def listing(parser: argparse.ArgumentParser) -> None:
    _category_filter(parser)
    _json(parser)
    _lang(parser)


def json_lang(parser: argparse.ArgumentParser) -> None:
    _json(parser)
    _lang(parser)


def fill(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("phrase_id", metavar="ID")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        dest="values",
        help=_("fill the blank NAME (repeatable)"),
    )
    _lang(parser)


def tone(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("target", nargs="?", metavar="FILE", help=_("the draft; - reads it from stdin"))
    _json(parser, N_("print a JSON array of findings"))
    _lang(parser)
    parser.add_argument(
        "--customer", metavar="NAME", help=_("the customer's name (default: the current complaint's)")
    )
    mood = parser.add_mutually_exclusive_group()
    mood.add_argument(
        "--angry",
        dest="angry",
        action="store_const",
        const=True,
        help=_(
            "the customer is upset: an apology and a next step are expected (the default, unless the "
            "current complaint's anger is below 3)"
        ),
    )
    mood.add_argument(
        "--calm", dest="angry", action="store_const", const=False, help=_("the customer is not upset")
    )
    parser.add_argument(
        "--phrases",
        nargs="*",
        type=Path,
        metavar="PACK",
        help=_("check the phrases of these pack files or folders (none: every loaded phrase) instead"),
    )


def read(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("target", metavar="FILE", help=_("the message; - reads it from stdin"))
    _json(parser, N_("print one JSON object"))


def autostart(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("on", "off", "status"), metavar="on|off|status")
    _json(parser, N_("print a JSON object"))


def pack_files(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")


# -- your data -------------------------------------------------------------------------------------------


def import_phrases(parser: argparse.ArgumentParser) -> None:
    from calmdesk.core.model import CATEGORY_KEYS

    parser.add_argument("format", choices=IMPORT_FORMATS, metavar="FORMAT", help=", ".join(IMPORT_FORMATS))
    what = _("the file to read (or an Espanso folder, or a folder of CalmDesk packs)")
    parser.add_argument("path", type=Path, metavar="PATH", help=what)
    parser.add_argument("--dry-run", action="store_true", help=_("show what would be added; write nothing"))
    _json(parser, N_("print the preview as JSON"))
    parser.add_argument(
        "--category",
        choices=CATEGORY_KEYS,
        default="solution",
        help=_("category for phrases whose words do not suggest one (default: solution)"),
    )
    parser.add_argument(
        "--replace", action="store_true", help=_("overwrite your phrases that have the same id")
    )
    parser.add_argument(
        "--lang",
        type=content_lang,
        metavar="LANG",
        help=_(
            "the language the phrases are written in, one of {codes} (default: your content language); "
            "a CSV's lang column says it row by row"
        ).format(codes=", ".join(SUPPORTED)),
    )


def export_phrases(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("format", choices=EXPORT_FORMATS, metavar="FORMAT", help=", ".join(EXPORT_FORMATS))
    parser.add_argument("path", type=Path, metavar="PATH")
    parser.add_argument("--all", action="store_true", help=_("every loaded phrase, not only your own"))
    parser.add_argument(
        "--lang",
        type=content_lang,
        metavar="LANG",
        help=_("only the versions in this language (default: every language, a pack per language)"),
    )
    parser.add_argument("--force", action="store_true", help=_("overwrite PATH if it exists"))


def restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help=_("a backup, e.g. from `calmdesk backup`"))


# -- complaints ------------------------------------------------------------------------------------------


def new_complaint(parser: argparse.ArgumentParser) -> None:
    from calmdesk.core.model import CHANNELS

    parser.add_argument("--customer", default="", metavar="NAME", help=_("the customer's name"))
    parser.add_argument("--channel", choices=CHANNELS, help=_("where the conversation happens"))
    parser.add_argument("--ticket", default="", metavar="REF", help=_("ticket or order reference"))
    parser.add_argument("--topic", default="", metavar="TEXT", help=_("what it is about, in a few words"))
    parser.add_argument("--anger", type=anger, metavar="1-5", help=_("how angry the customer is, 1 to 5"))
    parser.add_argument(
        "--lang",
        choices=SUPPORTED,
        default="",
        help=_(
            "the customer's language: its phrases are offered and copied (default: your content language)"
        ),
    )
    _json(parser, N_("print JSON"))


def switch(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("complaint_id", type=positive_int, metavar="ID")
    _json(parser, N_("print JSON"))


def step(parser: argparse.ArgumentParser) -> None:
    from calmdesk.core.step_names import SHOWN_STEP_KEYS

    parser.add_argument(
        "step",
        metavar="STEP",
        help=_("its number (1-12), its title as the panel shows it, or its key: {keys}").format(
            keys=", ".join(SHOWN_STEP_KEYS)
        ),
    )
    parser.add_argument("--undo", action="store_true", help=_("mark it not done again"))
    _json(parser, N_("print JSON"))


def close(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--follow-up",
        metavar="WHEN",
        help=_("remind me to follow up: 4h, 2d, friday 15:00, 2026-12-24 09:00"),
    )
    _json(parser, N_("print JSON"))


def history(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--csv", type=Path, metavar="FILE", help=_("write them to a CSV file"))
    parser.add_argument("--force", action="store_true", help=_("overwrite the CSV file if it exists"))
    _json(parser, N_("print JSON"))


def followups(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--due", action="store_true", help=_("only the ones due now"))
    parser.add_argument("--done", type=positive_int, metavar="ID", help=_("mark reminder ID done"))
    parser.add_argument(
        "--snooze", nargs=2, metavar=("ID", "IN"), help=_("remind again IN from now (10m, 4h, 2d)")
    )
    parser.add_argument(
        "--window", action="store_true", help=_("open the Follow-ups window of the running app")
    )
    _json(parser, N_("print JSON"))


def stats(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--window", action="store_true", help=_("open the Statistics window of the running app")
    )
    _json(parser, N_("print a JSON object"))


def show(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--checklist", action="store_true", help=_("open the checklist panel instead"))


def json_output(parser: argparse.ArgumentParser) -> None:
    _json(parser, N_("print JSON"))
