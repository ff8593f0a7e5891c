"""Espanso variables as CalmDesk sees them: echo text, choices, dates and blanks to fill (never run)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from calmdesk.core.importers.common import ImportResult, blank_name, checked_text
from calmdesk.core.importers.espanso_yaml import text_of
from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import number as format_number
from calmdesk.core.phrase_rules import MAX_TEXT_CHARS

# {{name}} or {{form.field}} in a replace text: word characters, as Espanso's renderer reads a variable. Any
# other {{...}} (a Hugo shortcode "{{< figure >}}", a Go template) is text Espanso types as it is.
REFERENCE = re.compile(r"\{\{\s*(\w+(?:\.\w+)?)\s*\}\}")
FORM_FIELD = re.compile(r"\[\[\s*([^\[\]]*?)\s*\]\]")  # [[field]] in a form's layout
# Fixed text: `dummy` is Espanso 0.7's name for echo, still read by Espanso 2 and still in old files.
_ECHO = ("echo", "dummy")


@dataclass(frozen=True, slots=True)
class EspansoVar:
    """A variable as it will appear in CalmDesk: a placeholder (or fixed text) to put where it is used."""

    replacement: str
    note: str | None = None


def read_vars(
    raw: Any,
    where: str,
    result: ImportResult,
    key: str,
    earlier: Mapping[str, EspansoVar] | None = None,
    plain_matches: Mapping[str, str] | None = None,
) -> dict[str, EspansoVar]:
    """Espanso variables by name; a form variable also gives each field as `name.field`.

    An echo may use the variables before it ("Hi {{name}}"): Espanso puts their values in, and so does this.
    A `match` variable is the text of the match its trigger names, when `plain_matches` (trigger -> plain
    text, from every file read) has it.
    """
    found: dict[str, EspansoVar] = {}
    before = earlier or {}  # not copied: 20,000 global variables copied for each match took minutes
    if raw is None:
        return found
    if not isinstance(raw, list):
        result.notes.append(f"{where}: " + _("`{key}` is not a list; ignored").format(key=key))
        return found
    for entry in raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            result.notes.append(f"{where}: " + _("a variable without a name ignored"))
            continue
        name, kind = entry["name"], text_of(entry.get("type"))
        raw_params = entry.get("params")
        params: dict[str, Any] = raw_params if isinstance(raw_params, dict) else {}
        converted = _convert_var(name, kind, params, where, result, plain_matches or {})
        if kind in _ECHO:
            converted = {n: _echo(n, v, where, result, found, before) for n, v in converted.items()}
        found.update(converted)
    return found


def _lookup(name: str, layers: tuple[Mapping[str, EspansoVar], ...]) -> EspansoVar | None:
    """The variable `name` of the first layer that has it (a match's own before the global ones)."""
    for layer in layers:
        var = layer.get(name)
        if var is not None:
            return var
    return None


def _echo(
    name: str, var: EspansoVar, where: str, result: ImportResult, *known: Mapping[str, EspansoVar]
) -> EspansoVar:
    """An echo with the earlier variables it names put in. Each one held to a phrase's length: forty
    echoes each naming the one before twice are 2^40 characters (a hostile file), never built."""
    text = _inject(var.replacement, *known)
    if len(text) <= MAX_TEXT_CHARS:
        return EspansoVar(text, var.note)
    words = _('the variable "{name}" grows past {limit} characters (variables repeated inside variables)')
    limit = format_number(MAX_TEXT_CHARS)
    result.notes.append(
        f"{where}: " + words.format(name=name, limit=limit) + "; " + _("a blank to fill in there")
    )
    return EspansoVar("{{" + blank_name(name) + "}}", var.note)


def _inject(text: str, *known: Mapping[str, EspansoVar]) -> str:
    def value(match: re.Match[str]) -> str:
        var = _lookup(match.group(1), known)
        return var.replacement if var is not None else match.group(0)

    return REFERENCE.sub(value, text)


def _convert_var(
    name: str,
    kind: str,
    params: Mapping[str, Any],
    where: str,
    result: ImportResult,
    plain_matches: Mapping[str, str],
) -> dict[str, EspansoVar]:
    blank = "{{" + blank_name(name) + "}}"
    if kind in _ECHO:
        return {name: EspansoVar(text_of(params.get("echo")))}
    if kind in ("choice", "random"):
        key = "values" if kind == "choice" else "choices"
        options = _options(params.get(key))
        if len(options) >= 2 and checked_text(_choice(name, options)) is not None:
            return {name: EspansoVar(_choice(name, options))}
        return {name: EspansoVar(options[0] if len(options) == 1 else blank)}
    if kind == "date":
        clock = _date(params)
        if isinstance(params.get("offset"), int) and params.get("offset") and "+" not in clock:
            # Backwards, or not a whole number of days/weeks (hours/minutes for a time): said, not hidden.
            result.notes.append(
                f"{where}: "
                + _('the date offset of "{name}" has no CalmDesk match; today is used').format(name=name)
            )
        if text_of(params.get("format")):
            result.dropped[_("date format (CalmDesk writes dates its own way)")] += 1
        return {name: EspansoVar(clock)}
    if kind == "form":
        raw_fields = params.get("fields")
        fields: dict[str, Any] = dict(raw_fields) if isinstance(raw_fields, dict) else {}
        # Fields named only in the layout are plain text fields.
        for field in FORM_FIELD.findall(text_of(params.get("layout"))):
            fields.setdefault(field, {})
        converted = form_fields(fields, where, result)
        return {f"{name}.{field}": var for field, var in converted.items()}
    if kind == "match" and text_of(params.get("trigger")) in plain_matches:
        return {name: EspansoVar(plain_matches[text_of(params.get("trigger"))])}
    if kind in ("clipboard", "match"):
        return {name: EspansoVar(blank)}
    # shell, script and anything unknown: never run. The person fills in what the command would have given.
    variable = kind or "untyped"
    words = _('the {kind} variable "{name}" was not run; it is a blank to fill in')
    result.notes.append(f"{where}: " + words.format(kind=variable, name=name))
    result.dropped[_("{variable} variable (not run, now a blank)").format(variable=variable)] += 1
    return {name: EspansoVar(blank)}


def form_fields(raw: Any, where: str, result: ImportResult) -> dict[str, EspansoVar]:
    found: dict[str, EspansoVar] = {}
    if not isinstance(raw, dict):
        return found
    for field, spec in raw.items():
        field = str(field)
        spec = spec if isinstance(spec, dict) else {}
        kind = text_of(spec.get("type")) or "text"
        options = _options(spec.get("values"))
        if kind in ("choice", "list") and len(options) >= 2 and checked_text(_choice(field, options)):
            found[field] = EspansoVar(_choice(field, options))
            continue
        default = text_of(spec.get("default"))
        blank = blank_name(field)
        found[field] = EspansoVar(
            "{{" + blank + (f"|{default}" if default and "}" not in default else "") + "}}"
        )
    return found


def _choice(name: str, options: list[str]) -> str:
    return "{{" + blank_name(name) + ": " + " | ".join(options) + "}}"


def _options(raw: Any) -> list[str]:
    """Choice values: plain strings, or {label, id} entries whose id is what Espanso inserts, or one
    string of lines (Espanso's choice extension splits it on new lines; blank lines are left out)."""
    if isinstance(raw, str):
        raw = raw.splitlines()
    values: list[str] = []
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, dict):
            entry = entry.get("id", entry.get("label"))
        text = " ".join(text_of(entry).split()).replace("|", "/")
        if text and text not in values and "{" not in text and "}" not in text:
            values.append(text)
    return values


# strftime codes that say which CalmDesk clock placeholder is meant.
_TIME_CODES = ("%H", "%I", "%M", "%p", "%R", "%T")
_DATE_CODES = ("%d", "%e", "%m", "%y", "%Y", "%b", "%B", "%x", "%D", "%F", "%j")


def _date(params: Mapping[str, Any]) -> str:
    fmt = text_of(params.get("format"))
    offset = params.get("offset", 0)
    seconds = offset if isinstance(offset, int) and not isinstance(offset, bool) else 0
    has_time, has_date = any(c in fmt for c in _TIME_CODES), any(c in fmt for c in _DATE_CODES)
    if has_time and not has_date:
        return "{{time" + _offset(seconds, (("h", 3600), ("m", 60))) + "}}"
    name = "weekday" if ("%A" in fmt or "%a" in fmt) and not has_date else "date"
    return "{{" + name + _offset(seconds, (("w", 7 * 86400), ("d", 86400))) + "}}"


def _offset(seconds: int, units: tuple[tuple[str, int], ...]) -> str:
    """Forward offsets CalmDesk can say (whole units, at most 999); anything else means now."""
    if seconds <= 0:
        return ""
    for unit, size in units:
        if seconds % size == 0 and seconds // size <= 999:
            return f"+{seconds // size}{unit}"
    return ""


def fill_references(text: str, *known: Mapping[str, EspansoVar]) -> str:
    """Each {{name}} of a replace text as CalmDesk writes it: the variable's value or placeholder (from the
    first of `known` that has it), and a name not declared (Espanso leaves it to a global or built-in we do
    not have) a blank to fill in."""

    room = [2 * MAX_TEXT_CHARS]  # past a phrase's limit the match is skipped anyway: never build 100 MB

    def value(match: re.Match[str]) -> str:
        var = _lookup(match.group(1), known)
        written = var.replacement if var is not None else "{{" + blank_name(match.group(1)) + "}}"
        room[0] -= len(written)
        return written if room[0] >= 0 else match.group(0)

    return REFERENCE.sub(value, text)
