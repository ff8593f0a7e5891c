"""The settings file: a small commented TOML file in the config dir, read forgivingly, written atomically."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from calmdesk.core.human_time import WorkingTime, parse_working_days, parse_working_hours
from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import ngettext, number
from calmdesk.core.printable import printable, shorten
from calmdesk.core.safefile import FileRefused, os_error_text, read_regular_file, write_atomically
from calmdesk.store import paths
from calmdesk.store.errors import StoreError
from calmdesk.store.settings_toml import key_location, parse_settings_text
from calmdesk.store.settings_values import check_value, toml_value

__all__ = ["Settings", "load_settings", "save_settings", "settings_doc"]

log = logging.getLogger(__name__)


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


@dataclass(frozen=True)
class Settings:
    """What the agent can change; each field's `doc` metadata is the text of the file comments and docs."""

    agent_name: str = field(default="", metadata=_doc("Your name, used by the {{agent_name}} placeholder."))
    company: str = field(
        default="", metadata=_doc("Your company or team, used by the {{company}} placeholder.")
    )
    hotkey: str = field(
        default="Ctrl+Alt+Space",
        metadata=_doc('Global key that opens the phrase search, e.g. "Ctrl+Alt+Space".'),
    )
    language: str = field(
        default="",
        metadata=_doc(
            'Language of the phrases and checklist: "en", "es", "de", "fr" or "pt"; "" follows the locale.'
        ),
    )
    interface_language: str = field(
        default="",
        metadata=_doc(
            'Language of the windows and menus: "en", "es", "de", "fr" or "pt"; "" follows the locale. '
            "Takes effect at the next start."
        ),
    )
    pack_dirs: tuple[str, ...] = field(
        default=(), metadata=_doc("Extra folders with team phrase packs (*.toml), read-only.")
    )
    auto_paste: bool = field(
        default=False, metadata=_doc("true: paste the phrase into the previous window after copying it.")
    )
    restore_clipboard: bool = field(
        default=False,
        metadata=_doc(
            "true: after an auto-paste, put back what the clipboard held before (once the paste has read "
            "the phrase)."
        ),
    )
    close_after_copy: bool = field(
        default=True, metadata=_doc("true: hide the search popup once a phrase is copied.")
    )
    show_preview: bool = field(
        default=True, metadata=_doc("true: show the full text of the selected phrase.")
    )
    read_messages: bool = field(
        default=True,
        metadata=_doc(
            "true: when the search opens, read the customer's message on the clipboard or selection "
            "(never a password or card number; nothing is kept) and offer the phrases that answer it."
        ),
    )
    reply_target_chat: int = field(
        default=180, metadata=_doc("Seconds a chat customer should wait at most for your next reply.")
    )
    reply_target_email: int = field(
        default=3600, metadata=_doc("Seconds an email customer should wait at most for your next reply.")
    )
    reply_target_phone: int = field(
        default=60, metadata=_doc("Seconds a caller on hold should wait at most before you check back.")
    )
    reply_target_social: int = field(
        default=3600, metadata=_doc("Seconds a social media customer should wait at most for your reply.")
    )
    check_in_minutes: int = field(
        default=5,
        metadata=_doc("Minutes after a wait phrase when CalmDesk offers to remind you to check in."),
    )
    auto_tick: bool = field(
        default=True, metadata=_doc("true: copying a phrase ticks the checklist step it serves.")
    )
    unwind_prompt: bool = field(
        default=True, metadata=_doc("true: after a hard complaint, offer a one-minute unwind break.")
    )

    support_email: str = field(
        default="",
        metadata=_doc("Your team's support email address, offered in public replies ({{support_email}})."),
    )
    time_step_minutes: int = field(
        default=15,
        metadata=_doc("Promised clock times round up to this many minutes (15: by 15:00, 15:15, ...)."),
    )
    working_hours: str = field(
        default="09:00-17:00",
        metadata=_doc('When your team works, e.g. "08:30-18:00": promises never fall outside it.'),
    )
    working_days: tuple[str, ...] = field(
        default=("Mon", "Tue", "Wed", "Thu", "Fri"),
        metadata=_doc("The days your team works: a promise due on another day moves to the next of these."),
    )

    def working_time(self) -> WorkingTime:
        """The working hours and days promises keep to (the defaults where a value cannot be read)."""
        hours = parse_working_hours(self.working_hours)
        days = parse_working_days(self.working_days)
        base = WorkingTime(step_minutes=self.time_step_minutes)
        if isinstance(hours, tuple):
            base = dataclasses.replace(base, day_start=hours[0], day_end=hours[1])
        if isinstance(days, frozenset):
            base = dataclasses.replace(base, days=days)
        return base

    def reply_targets(self) -> dict[str, int]:
        """Channel -> seconds, as the complaint's reply clock takes them."""
        return {
            "chat": self.reply_target_chat,
            "email": self.reply_target_email,
            "phone": self.reply_target_phone,
            "social": self.reply_target_social,
        }


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}
_DEFAULTS = Settings()
_HEADER = (
    "# CalmDesk settings. Edit while CalmDesk is closed, or use Settings in the tray menu.\n"
    "# Unknown keys and wrong values are reported and replaced by the default; nothing else breaks.\n"
)
_KINDS = {"str": "text", "bool": "true/false", "int": "whole number", "tuple[str, ...]": "list of text"}
# Unknown keys reported one by one; beyond this they are counted in one line.
MAX_UNKNOWN_REPORTED = 20
# A settings file is a few hundred bytes; a megabyte is a mistake (or /dev/zero behind a link).
MAX_SETTINGS_BYTES = 1024 * 1024


def settings_doc() -> str:
    """The keys as a Markdown table (key, type, default, meaning): the source of docs/settings.md."""
    rows = ["| Key | Type | Default | Meaning |", "| --- | --- | --- | --- |"]
    for name, spec in _FIELDS.items():
        default = toml_value(getattr(_DEFAULTS, name))
        kind = _KINDS[str(spec.type)]
        rows.append(f"| `{name}` | {kind} | `{default}` | {spec.metadata['doc']} |")
    return "\n".join(rows) + "\n"


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """Read the settings (default `paths.settings_file()`); returns them and plain-language problems.

    Never raises for bad input: a missing file gives the defaults silently, an unreadable or broken file
    gives the defaults and one problem, and each bad key falls back to its default with its own problem.
    """
    path = path if path is not None else paths.settings_file()
    shown_path = printable(str(path))
    try:
        # A regular file of sane size only: a FIFO or /dev/zero named settings.toml must not hang the app.
        # utf-8-sig: Windows Notepad saves with a byte order mark, which is not an error.
        text = read_regular_file(path, MAX_SETTINGS_BYTES).decode("utf-8-sig")
    except FileNotFoundError:
        return Settings(), []
    except (OSError, UnicodeDecodeError, FileRefused) as exc:
        reason = printable(shorten(str(exc), 200))
        words = _("{path}: could not read the settings ({reason}); using the defaults.")
        return Settings(), [words.format(path=shown_path, reason=reason)]
    data, problem = parse_settings_text(text, shown_path)
    if data is None:
        return Settings(), [
            problem or _("{path}: cannot be read; using the default settings.").format(path=shown_path)
        ]
    problems: list[str] = []
    values: dict[str, Any] = {}
    unknown = [key for key in data if key not in _FIELDS]
    if len(unknown) > MAX_UNKNOWN_REPORTED:
        # Each report looks for its key's line: tens of thousands of junk keys took minutes, and printed
        # a line each on every command. The first few say enough; the rest are counted.
        for key in unknown[MAX_UNKNOWN_REPORTED:]:
            del data[key]
        rest = len(unknown) - MAX_UNKNOWN_REPORTED
        words = ngettext(
            "{path}: {count} more unknown setting ignored (the first ones are below)",
            "{path}: {count} more unknown settings ignored (the first ones are below)",
            rest,
        )
        problems.append(words.format(path=shown_path, count=number(rest)))
    for key, value in data.items():
        if key not in _FIELDS:
            import difflib  # only for a key that is not known: every command reads the settings

            hint = difflib.get_close_matches(key, list(_FIELDS), n=1)
            words = (
                _("{where}: unknown setting '{key}' ignored; did you mean '{hint}'?")
                if hint
                else _("{where}: unknown setting '{key}' ignored")
            )
            where, shown = key_location(path, text, key), printable(shorten(key))
            problems.append(words.format(where=where, key=shown, hint=hint[0] if hint else ""))
            continue
        checked, why = check_value(key, value, getattr(_DEFAULTS, key))
        if why is not None:
            problems.append(f"{key_location(path, text, key)}: {why}")  # `why` is a whole sentence
        values[key] = checked
    # The caller shows the problems; the log keeps them too for bug reports, at a level that does not nag.
    for problem in problems:
        log.info("%s", problem)
    return Settings(**values), problems


def render_settings(settings: Settings) -> str:
    """The whole file: a header, then each key preceded by a comment that explains it."""
    parts = [_HEADER]
    for name, spec in _FIELDS.items():
        parts.append(f"\n# {spec.metadata['doc']}\n{name} = {toml_value(getattr(settings, name))}\n")
    return "".join(parts)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write `settings` atomically; the previous file is kept as `<name>.bak`. Raises StoreError."""
    import shutil  # writing only (see toml_value)

    path = path if path is not None else paths.settings_file()
    backup = path.with_name(path.name + ".bak")
    text = render_settings(settings)
    try:
        paths.ensure_dir(path.parent)
        if path.is_file():
            # A copy, not a rename, so `path` exists at every moment even if we die right here.
            shutil.copy2(path, backup)
        write_atomically(path, text)
    except FileRefused as refused:
        raise StoreError(
            _("CalmDesk could not save its settings to {file}.").format(file=refused)
        ) from refused
    except OSError as exc:
        words = _("CalmDesk could not save its settings to {path} ({reason}).")
        raise StoreError(words.format(path=path, reason=os_error_text(exc))) from exc
    log.info("Saved settings to %s", path)
