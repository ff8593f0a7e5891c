"""Espanso's YAML: loaded safely with YAML 1.2's plain scalars, and its values read as text.

`yaml.safe_load`'s constructors only: plain lists, dicts and strings, never Python objects.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import yaml

from calmdesk.core.importers.common import ImportFailed
from calmdesk.core.importers.yaml_problems import character_at, control_character, plain_problem
from calmdesk.core.messages import gettext as _

# libyaml's safe loader when PyYAML was built with it (the wheels are): the same safe constructors as
# yaml.safe_load, about ten times faster on a 10,000-snippet file.
_BASE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SafeLoader(_BASE_LOADER):  # type: ignore[misc]
    """Safe loading with YAML 1.2's plain scalars, as Espanso reads them.

    PyYAML follows YAML 1.1, where `replace: 12:30` is the number 750, `0755` is 493, `Yes` and `off` are
    booleans and `2024-05-01` a date: text a user typed would be changed or lost. Here a plain scalar is
    text unless it is a decimal integer (an `offset`), true/false, null or a merge key (`<<: *anchor`).
    """

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}


for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^-?(?:0|[1-9][0-9]*)$", "-0123456789"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("merge", r"^(?:<<)$", "<"),
):
    _SafeLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))

_SAFE_LOADER: Any = _SafeLoader


def load_yaml(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        bad = character_at(text, mark.line, mark.column) if mark is not None else ""
        problem = plain_problem(exc.problem or "", exc.context or "", bad)
        raise ImportFailed(_("not valid YAML: {error}").format(error=problem), source, line) from None
    except yaml.reader.ReaderError as exc:
        problem, line = control_character(text, exc.position, exc.character)
        raise ImportFailed(_("not valid YAML: {error}").format(error=problem), source, line) from None
    except yaml.YAMLError as exc:
        raise ImportFailed(_("not valid YAML: {error}").format(error=exc), source) from None
    except RecursionError:
        raise ImportFailed(_("not valid YAML: nested too deeply"), source) from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a timestamp such as 2024-13-45
        raise ImportFailed(_("not valid YAML: {error}").format(error=exc), source) from None


def text_of(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def strings_of(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if not isinstance(value, list):
        return []
    return [v.strip() for v in value if isinstance(v, str) and v.strip()]
