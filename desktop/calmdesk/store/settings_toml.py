"""Reading the settings file's TOML forgivingly: each problem in plain words, with the line to look at."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from calmdesk.core.messages import gettext as _
from calmdesk.core.printable import printable, shorten
from calmdesk.core.toml_reasons import explain
from calmdesk.core.tomlcheck import long_number_line

_TOML_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def parse_settings_text(text: str, shown_path: str) -> tuple[dict[str, Any] | None, str | None]:
    """The TOML table in `text`, or None and the problem (with its line when tomllib gives one).

    Beyond syntax errors tomllib raises ValueError for an integer over 4,300 digits and RecursionError
    for deep nesting: those are this file's problem too, and the defaults apply.
    """
    line = long_number_line(text)
    if line is not None:  # tomllib would spend ~120 bytes per digit before refusing it
        words = _(
            "{path}:{line}: a value cannot be read (more than 4,300 digits); using the default settings."
        )
        return None, words.format(path=shown_path, line=line)
    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        reason = explain(_TOML_LINE.sub("", str(exc)))  # tomllib's English, said in the person's language
        if found is None:
            words = _("{path}: this is not valid TOML ({reason}); using the default settings.")
            return None, words.format(path=shown_path, reason=reason)
        number = int(found.group(1))
        lines = text.splitlines()
        shown = f": {printable(shorten(repr(lines[number - 1].strip())))}" if 0 < number <= len(lines) else ""
        words = _("{path}:{line}: this is not valid TOML ({reason}){shown}; using the default settings.")
        return None, words.format(path=shown_path, line=number, reason=reason, shown=shown)
    except RecursionError:
        return None, _("{path}: TOML too deeply nested to read; using the default settings.").format(
            path=shown_path
        )
    except (ValueError, MemoryError) as exc:
        reason = shorten(str(exc) or type(exc).__name__, 80)
        words = _("{path}: a value cannot be read ({reason}); using the default settings.")
        return None, words.format(path=shown_path, reason=reason)


def _line_of(text: str, key: str) -> int | None:
    # tomllib gives no positions for values; a top-level `key =` line is what the agent will look for.
    name = rf"(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')"
    pattern = re.compile(rf"^\s*(?:{name}\s*[=.]|\[+\s*{name}\s*[\].])")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def key_location(path: Path, text: str, key: str) -> str:
    """`path:line` of `key`'s line in `text`, or only `path` when no line names it."""
    line = _line_of(text, key)
    shown = printable(str(path))
    return f"{shown}:{line}" if line is not None else shown
