"""Every command of `calmdesk`, once: its name, its help, its arguments, and the function that runs it.

The parser is built from COMMANDS and a parsed command runs its row's function, so a command is added in one
row. The function is named "module:function" and imported only when the command runs: every command pays
only for what it uses, and the headless ones never load Qt.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from calmdesk.core.languages import SUPPORTED
from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _

# The model and what it names are imported by the few argument builders that need them, and no
# dataclass: `calmdesk --help` and `--version` import little more than argparse.

Arguments = Callable[[argparse.ArgumentParser], None]

# The same as calmdesk.core.importers' (a test keeps them equal); spelt here so that parsing the command line
# does not import the YAML library for every command.
IMPORT_FORMATS = ("calmdesk", "csv", "espanso", "beeftext")
EXPORT_FORMATS = ("calmdesk", "csv")


def _no_arguments(_parser: argparse.ArgumentParser) -> None:
    return None


class Command:
    """One command (or, with `actions`, a group such as `complaint` whose actions are commands too).

    `help` and `description` are English; the parser translates them (scripts/update-translations extracts
    `help` as Command's second argument, and a description marked N_()).
    """

    __slots__ = ("actions", "arguments", "description", "help", "name", "run")

    def __init__(
        self,
        name: str,
        help: str,
        run: str = "",  # "calmdesk.cli.<module>:<function>", called with the parsed arguments; "" for a group
        arguments: Arguments = _no_arguments,
        actions: tuple[Command, ...] = (),
        description: str | None = None,
    ) -> None:
        self.name = name
        self.help = help
        self.run = run
        self.arguments = arguments
        self.actions = actions
        self.description = description


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


def _search(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="*", help=_("words to look for (typos are fine)"))
    _category_filter(parser)
    parser.add_argument("--limit", type=positive_int, default=10, help=_("at most N results (default 10)"))
    _json(parser)
    parser.add_argument(
        "--stdin", action="store_true", help=_("read one query per line; print one result line per query")
    )
    _lang(parser)


def _listing(parser: argparse.ArgumentParser) -> None:
    _category_filter(parser)
    _json(parser)
    _lang(parser)


def _json_lang(parser: argparse.ArgumentParser) -> None:
    _json(parser)
    _lang(parser)


def _fill(parser: argparse.ArgumentParser) -> None:
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


def _tone(parser: argparse.ArgumentParser) -> None:
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


def _read(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("target", metavar="FILE", help=_("the message; - reads it from stdin"))
    _json(parser, N_("print one JSON object"))


def _autostart(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("on", "off", "status"), metavar="on|off|status")
    _json(parser, N_("print a JSON object"))


def _pack_files(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")


# -- your data -------------------------------------------------------------------------------------------


def _import(parser: argparse.ArgumentParser) -> None:
    from calmdesk.core.model import CATEGORY_KEYS

    parser.add_argument("format", choices=IMPORT_FORMATS, metavar="FORMAT", help=", ".join(IMPORT_FORMATS))
    parser.add_argument("path", type=Path, metavar="PATH", help=_("the file (or Espanso folder) to read"))
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


def _export(parser: argparse.ArgumentParser) -> None:
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


def _restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help=_("a backup, e.g. from `calmdesk backup`"))


# -- complaints ------------------------------------------------------------------------------------------


def _new_complaint(parser: argparse.ArgumentParser) -> None:
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


def _switch(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("complaint_id", type=positive_int, metavar="ID")
    _json(parser, N_("print JSON"))


def _step(parser: argparse.ArgumentParser) -> None:
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


def _close(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--follow-up",
        metavar="WHEN",
        help=_("remind me to follow up: 4h, 2d, friday 15:00, 2026-12-24 09:00"),
    )
    _json(parser, N_("print JSON"))


def _history(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--csv", type=Path, metavar="FILE", help=_("write them to a CSV file"))
    parser.add_argument("--force", action="store_true", help=_("overwrite the CSV file if it exists"))
    _json(parser, N_("print JSON"))


def _followups(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--due", action="store_true", help=_("only the ones due now"))
    parser.add_argument("--done", type=positive_int, metavar="ID", help=_("mark reminder ID done"))
    parser.add_argument(
        "--snooze", nargs=2, metavar=("ID", "IN"), help=_("remind again IN from now (10m, 4h, 2d)")
    )
    parser.add_argument(
        "--window", action="store_true", help=_("open the Follow-ups window of the running app")
    )
    _json(parser, N_("print JSON"))


def _stats(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--window", action="store_true", help=_("open the Statistics window of the running app")
    )
    _json(parser, N_("print a JSON object"))


def _show(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--checklist", action="store_true", help=_("open the checklist panel instead"))


_PHRASES = "calmdesk.cli.phrase_commands:"
_COMPLAINTS = "calmdesk.cli.complaint_commands:"
_DATA = "calmdesk.cli.import_commands:"

COMMANDS: tuple[Command, ...] = (
    Command("search", "find phrases, best match first", _PHRASES + "run_search", _search),
    Command("list", "list every phrase", _PHRASES + "run_list", _listing),
    Command("categories", "list the phrase categories", _PHRASES + "run_categories", _json_lang),
    Command(
        "checklist", "print the complaint checklist with its tips", _PHRASES + "run_checklist", _json_lang
    ),
    Command("render", "print a phrase with its blanks filled", _PHRASES + "run_render", _fill),
    Command("copy", "copy a filled phrase", _PHRASES + "run_copy", _fill),
    Command(
        "check",
        "check the tone of a draft reply (exit 1 with findings)",
        "calmdesk.cli.check_commands:run_check",
        _tone,
        description=N_(
            "Point out the words that make an upset customer angrier, with what to say instead. "
            "Exit 0 when the draft reads well, 1 with findings, 2 when it cannot be read."
        ),
    ),
    Command(
        "read",
        "read a customer's message: topic, anger, asks, threats, order number, name",
        "calmdesk.cli.read_commands:run_read",
        _read,
        description=N_(
            "Read a customer's message (offline): what it is about, how angry it is, what the "
            "customer asks for and threatens, their order number, name and e-mail, whether they need it by a "
            "time, and the phrases that answer it. Always exits 0 once the message could be read."
        ),
    ),
    Command(
        "stats",
        "your own statistics (local only, never sent anywhere)",
        "calmdesk.cli.stats_commands:run_stats",
        _stats,
    ),
    Command(
        "pack",
        "work with phrase pack files",
        actions=(
            Command(
                "check",
                "validate pack files; exit 1 on any problem",
                _PHRASES + "run_pack_check",
                _pack_files,
            ),
        ),
    ),
    Command(
        "history",
        "your phrase use and search memory (local only)",
        actions=(
            Command(
                "clear",
                "forget which phrases you used and what you searched for (favourites stay)",
                _PHRASES + "run_clear_history",
            ),
        ),
    ),
    Command(
        "import", "add phrases from Espanso, Beeftext, CSV or a CalmDesk pack", _DATA + "run_import", _import
    ),
    Command("export", "write your phrases as a CalmDesk pack or CSV", _DATA + "run_export", _export),
    Command("backup", "back up your CalmDesk data now (the newest backups are kept)", _DATA + "run_backup"),
    Command(
        "restore",
        "go back to a backup (your current data is backed up first)",
        _DATA + "run_restore",
        _restore,
    ),
    Command(
        "complaint",
        "the current complaint: start, switch, tick, close",
        actions=(
            Command(
                "new",
                "start a complaint (every field optional); it becomes current",
                _COMPLAINTS + "run_new",
                _new_complaint,
            ),
            Command(
                "list",
                "list the open complaints (* = current)",
                _COMPLAINTS + "run_list",
                lambda p: _json(p, N_("print JSON")),
            ),
            Command(
                "switch", "make another open complaint the current one", _COMPLAINTS + "run_switch", _switch
            ),
            Command(
                "status",
                "the current complaint: fields, values and every step",
                _COMPLAINTS + "run_status",
                lambda p: _json(p, N_("print JSON")),
            ),
            Command(
                "step", "tick a checklist step of the current complaint", _COMPLAINTS + "run_step", _step
            ),
            Command(
                "replied",
                "the customer wrote again: restart the reply clock (their wait starts now)",
                _COMPLAINTS + "run_replied",
                lambda p: _json(p, N_("print JSON")),
            ),
            Command("close", "close the current complaint", _COMPLAINTS + "run_close", _close),
            Command("history", "closed complaints, latest first", _COMPLAINTS + "run_history", _history),
        ),
    ),
    Command(
        "followups",
        "reminders: follow-ups, check-ins and promises",
        _COMPLAINTS + "run_followups",
        _followups,
    ),
    Command("show", "open the picker of the running app (starts it if needed)", _PHRASES + "run_show", _show),
    Command("toggle", "open or close the picker of the running app", _PHRASES + "run_remote"),
    Command(
        "edit", "open the phrase editor of the running app (starts it if needed)", _PHRASES + "run_remote"
    ),
    Command(
        "settings", "open the Settings of the running app (starts it if needed)", _PHRASES + "run_remote"
    ),
    Command(
        "about",
        "open About CalmDesk of the running app (versions, file and log paths)",
        _PHRASES + "run_remote",
    ),
    Command("doctor", "report what works on this desktop", _PHRASES + "run_doctor"),
    Command(
        "autostart",
        "start CalmDesk when you log in: on, off or status",
        "calmdesk.cli.autostart_commands:run_autostart",
        _autostart,
    ),
)
