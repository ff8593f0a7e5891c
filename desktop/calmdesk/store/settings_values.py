"""Each settings value checked against its kind and range; a refused one says what is used instead."""

from __future__ import annotations

import functools
from typing import Any

from calmdesk.core.human_time import parse_working_days, parse_working_hours
from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import ngettext
from calmdesk.core.model import LANGUAGE_CODE
from calmdesk.core.shortcut import shortcut_problem

# Whole-number settings are times: at least 1, at most a week (in their unit), so a typo cannot stop a clock.
_INT_RANGE = range(1, 7 * 24 * 3600 + 1)
_STEP_RANGE = range(1, 61)  # rounding promises beyond the hour would promise hours later than needed


def check_value(name: str, value: Any, default: Any) -> tuple[Any, str | None]:
    """The value to use for `name` (whose default is `default`) and, when some or all of it had to be
    refused, what was done instead.

    The reason is a whole sentence in the person's language ("setting 'x' must be true or false; using the
    default false."), so it can say truly what happens: the default, or the part of the value that was kept.
    """
    refused = functools.partial(_refused, name, default)
    if isinstance(default, bool):
        # bool before str/int: TOML has real booleans, and "yes" or 1 would hide a typo.
        if isinstance(value, bool):
            return value, None
        return default, refused(_("setting '{key}' must be true or false; using the default {default}."))
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            return default, refused(_("setting '{key}' must be a whole number; using the default {default}."))
        between = _("setting '{key}' must be between {low} and {high}; using the default {default}.")
        if name == "time_step_minutes" and value not in _STEP_RANGE:
            return default, refused(between, low=_STEP_RANGE.start, high=_STEP_RANGE.stop - 1)
        if value not in _INT_RANGE:
            return default, refused(between, low=_INT_RANGE.start, high=_INT_RANGE.stop - 1)
        return value, None
    if isinstance(default, str):
        if not isinstance(value, str):
            return default, refused(_("setting '{key}' must be text in quotes; using the default {default}."))
        if name in ("language", "interface_language") and value and not LANGUAGE_CODE.fullmatch(value):
            words = _(
                'setting \'{key}\' must be a language code like "en" or "pt-BR"; using the default {default}.'
            )
            return default, refused(words)
        # The reasons of the hotkey, working hours and days come from their own parsers (core/), still in
        # English: they are clauses of these sentences ("must end after it starts").
        reason = _("setting '{key}' {reason}; using the default {default}.")
        if name == "hotkey" and (problem := shortcut_problem(value)) is not None:
            return default, refused(
                _("setting '{key}' is refused: {reason}; using the default {default}."),
                reason=problem.rstrip("."),
            )
        if name == "working_hours" and isinstance(hours := parse_working_hours(value), str):
            return default, refused(reason, reason=hours)
        return value, None
    if name == "working_days":
        if not (isinstance(value, list) and all(isinstance(item, str) for item in value)):
            words = _(
                "setting '{key}' must be a list of days, e.g. "
                '["Mon", "Tue", "Wed", "Thu", "Fri"]; using the default {default}.'
            )
            return default, refused(words)
        if isinstance(days := parse_working_days(value), str):
            return default, refused(_("setting '{key}' {reason}; using the default {default}."), reason=days)
        return tuple(value), None
    if not (isinstance(value, list) and all(isinstance(item, str) for item in value)):
        words = _(
            "setting '{key}' must be a list of folder names, e.g. [\"/srv/team-packs\"]; using the default "
            "{default}."
        )
        return default, refused(words)
    folders = tuple(item for item in value if item.strip())
    if len(folders) < len(value):
        # Path("") is the current folder: the packs would depend on where CalmDesk happened to start. Only
        # the empty entry is dropped; the team folders beside it still load, and the message says so.
        empty = len(value) - len(folders)
        if folders:
            words = ngettext(
                "setting '{key}' holds an empty folder name (ignored); using the other folders: {folders}.",
                "setting '{key}' holds {count} empty folder names (ignored); using the other folders: "
                "{folders}.",
                empty,
            )
        else:
            words = ngettext(
                "setting '{key}' holds an empty folder name (ignored); no team folder is used.",
                "setting '{key}' holds {count} empty folder names (ignored); no team folder is used.",
                empty,
            )
        return folders, refused(words, count=empty, folders=toml_value(folders))
    return folders, None


def _refused(name: str, default: Any, words: str, **fields: object) -> str:
    return words.format(key=name, default=toml_value(default), **fields)


def toml_value(value: object) -> str:
    """One TOML value on one line; strings go through tomli-w so quotes, backslashes and controls escape."""
    if isinstance(value, tuple | list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    import tomli_w  # writing only; every command reads the settings, few write them

    return tomli_w.dumps({"v": value}).removeprefix("v = ").rstrip("\n")
