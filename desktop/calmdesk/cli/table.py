"""Every command of `calmdesk`, once: its name, its help, its arguments, and the function that runs it.

The parser is built from COMMANDS and a parsed command runs its row's function, so a command is added in one
row. The function is named "module:function" and imported only when the command runs: every command pays
only for what it uses, and the headless ones never load Qt.
"""

from __future__ import annotations

from calmdesk.cli import arguments
from calmdesk.cli.arguments import Arguments, no_arguments
from calmdesk.core.messages import N_


# A plain class, not a dataclass (which imports inspect and ast): `calmdesk --help` stays cheap.
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
        arguments: Arguments = no_arguments,
        actions: tuple[Command, ...] = (),
        description: str | None = None,
    ) -> None:
        self.name = name
        self.help = help
        self.run = run
        self.arguments = arguments
        self.actions = actions
        self.description = description


_PHRASES = "calmdesk.cli.phrase_commands:"
_COMPLAINTS = "calmdesk.cli.complaint_commands:"
_FOLLOWUPS = "calmdesk.cli.followup_commands:"
_DATA = "calmdesk.cli.import_commands:"
_WINDOWS = "calmdesk.cli.window_commands:"
_RENDER = "calmdesk.cli.render_commands:"

COMMANDS: tuple[Command, ...] = (
    Command("search", "find phrases, best match first", _PHRASES + "run_search", arguments.search),
    Command("list", "list every phrase", _PHRASES + "run_list", arguments.listing),
    Command("categories", "list the phrase categories", _PHRASES + "run_categories", arguments.json_lang),
    Command(
        "checklist",
        "print the complaint checklist with its tips",
        _PHRASES + "run_checklist",
        arguments.json_lang,
    ),
    Command("render", "print a phrase with its blanks filled", _RENDER + "run_render", arguments.fill),
    Command("copy", "copy a filled phrase", _RENDER + "run_copy", arguments.fill),
    Command(
        "check",
        "check the tone of a draft reply (exit 1 with findings)",
        "calmdesk.cli.check_commands:run_check",
        arguments.tone,
        description=N_(
            "Point out the words that make an upset customer angrier, with what to say instead. "
            "Exit 0 when the draft reads well, 1 with findings, 2 when it cannot be read."
        ),
    ),
    Command(
        "read",
        "read a customer's message: topic, anger, asks, threats, order number, name",
        "calmdesk.cli.read_commands:run_read",
        arguments.read,
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
        arguments.stats,
    ),
    Command(
        "pack",
        "work with phrase pack files",
        actions=(
            Command(
                "check",
                "validate pack files; exit 1 on any problem",
                _PHRASES + "run_pack_check",
                arguments.pack_files,
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
        "import",
        "add phrases from Espanso, Beeftext, CSV or a CalmDesk pack",
        _DATA + "run_import",
        arguments.import_phrases,
    ),
    Command(
        "export",
        "write your phrases as a CalmDesk pack or CSV",
        _DATA + "run_export",
        arguments.export_phrases,
    ),
    Command("backup", "back up your CalmDesk data now (the newest backups are kept)", _DATA + "run_backup"),
    Command(
        "restore",
        "go back to a backup (your current data is backed up first)",
        _DATA + "run_restore",
        arguments.restore,
    ),
    Command(
        "complaint",
        "the current complaint: start, switch, tick, close",
        actions=(
            Command(
                "new",
                "start a complaint (every field optional); it becomes current",
                _COMPLAINTS + "run_new",
                arguments.new_complaint,
            ),
            Command(
                "list",
                "list the open complaints (* = current)",
                _COMPLAINTS + "run_list",
                arguments.json_output,
            ),
            Command(
                "switch",
                "make another open complaint the current one",
                _COMPLAINTS + "run_switch",
                arguments.switch,
            ),
            Command(
                "status",
                "the current complaint: fields, values and every step",
                _COMPLAINTS + "run_status",
                arguments.json_output,
            ),
            Command(
                "step",
                "tick a checklist step of the current complaint",
                _COMPLAINTS + "run_step",
                arguments.step,
            ),
            Command(
                "replied",
                "the customer wrote again: restart the reply clock (their wait starts now)",
                _COMPLAINTS + "run_replied",
                arguments.json_output,
            ),
            Command("close", "close the current complaint", _COMPLAINTS + "run_close", arguments.close),
            Command(
                "history", "closed complaints, latest first", _FOLLOWUPS + "run_history", arguments.history
            ),
        ),
    ),
    Command(
        "followups",
        "reminders: follow-ups, check-ins and promises",
        _FOLLOWUPS + "run_followups",
        arguments.followups,
    ),
    Command(
        "show",
        "open the picker of the running app (starts it if needed)",
        _WINDOWS + "run_show",
        arguments.show,
    ),
    Command("toggle", "open or close the picker of the running app", _WINDOWS + "run_remote"),
    Command(
        "edit", "open the phrase editor of the running app (starts it if needed)", _WINDOWS + "run_remote"
    ),
    Command(
        "settings", "open the Settings of the running app (starts it if needed)", _WINDOWS + "run_remote"
    ),
    Command(
        "about",
        "open About CalmDesk of the running app (versions, file and log paths)",
        _WINDOWS + "run_remote",
    ),
    Command("doctor", "report what works on this desktop", _PHRASES + "run_doctor"),
    Command(
        "autostart",
        "start CalmDesk when you log in: on, off or status",
        "calmdesk.cli.autostart_commands:run_autostart",
        arguments.autostart,
    ),
)
