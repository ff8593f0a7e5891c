"""Each settings value checked against its kind and range; a refused one says what is used instead."""

from __future__ import annotations

from typing import Any

from calmdesk.core.human_time import parse_working_days, parse_working_hours
from calmdesk.core.model import LANGUAGE_CODE
from calmdesk.core.shortcut import shortcut_problem

# Whole-number settings are times: at least 1, at most a week (in their unit), so a typo cannot stop a clock.
_INT_RANGE = range(1, 7 * 24 * 3600 + 1)
_STEP_RANGE = range(1, 61)  # rounding promises beyond the hour would promise hours later than needed


def check_value(name: str, value: Any, default: Any) -> tuple[Any, str | None]:
    """The value to use for `name` (whose default is `default`) and, when some or all of it had to be
    refused, what was done instead.

    The reason is the whole tail of the message ("must be true or false; using the default false."), so
    it can say truly what happens: the default, or the part of the value that was kept.
    """
    fallback = f"; using the default {toml_value(default)}."
    if isinstance(default, bool):
        # bool before str/int: TOML has real booleans, and "yes" or 1 would hide a typo.
        return (value, None) if isinstance(value, bool) else (default, "must be true or false" + fallback)
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            return default, "must be a whole number" + fallback
        if name == "time_step_minutes" and value not in _STEP_RANGE:
            return default, f"must be between {_STEP_RANGE.start} and {_STEP_RANGE.stop - 1}" + fallback
        if value not in _INT_RANGE:
            return default, f"must be between {_INT_RANGE.start} and {_INT_RANGE.stop - 1}" + fallback
        return value, None
    if isinstance(default, str):
        if not isinstance(value, str):
            return default, "must be text in quotes" + fallback
        if name in ("language", "interface_language") and value and not LANGUAGE_CODE.fullmatch(value):
            return default, 'must be a language code like "en" or "pt-BR"' + fallback
        if name == "hotkey" and (problem := shortcut_problem(value)) is not None:
            return default, f"is refused: {problem.rstrip('.')}" + fallback
        if name == "working_hours" and isinstance(hours := parse_working_hours(value), str):
            return default, hours + fallback
        return value, None
    if name == "working_days":
        if not (isinstance(value, list) and all(isinstance(item, str) for item in value)):
            return default, 'must be a list of days, e.g. ["Mon", "Tue", "Wed", "Thu", "Fri"]' + fallback
        if isinstance(days := parse_working_days(value), str):
            return default, days + fallback
        return tuple(value), None
    if not (isinstance(value, list) and all(isinstance(item, str) for item in value)):
        return default, 'must be a list of folder names, e.g. ["/srv/team-packs"]' + fallback
    folders = tuple(item for item in value if item.strip())
    if len(folders) < len(value):
        # Path("") is the current folder: the packs would depend on where CalmDesk happened to start. Only
        # the empty entry is dropped; the team folders beside it still load, and the message says so.
        empty = len(value) - len(folders)
        names = "an empty folder name" if empty == 1 else f"{empty} empty folder names"
        kept = f"using the other folders: {toml_value(folders)}." if folders else "no team folder is used."
        return folders, f"holds {names} (ignored); {kept}"
    return folders, None


def toml_value(value: object) -> str:
    """One TOML value on one line; strings go through tomli-w so quotes, backslashes and controls escape."""
    if isinstance(value, tuple | list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    import tomli_w  # writing only; every command reads the settings, few write them

    return tomli_w.dumps({"v": value}).removeprefix("v = ").rstrip("\n")
