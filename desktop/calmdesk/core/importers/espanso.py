"""Espanso match files (YAML) to phrases: triggers, replace text, labels, search terms and variables.

YAML is read with `yaml.safe_load` only: it builds plain lists, dicts and strings, never Python objects.
No variable is ever run: `shell` and `script` (and any type not known) become a blank to fill and are
reported, so a snippet that ran a command in Espanso cannot run one here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import yaml

from calmdesk.core.importers.common import (
    FALLBACK_TITLE,
    ONLY_BLANKS_REASON,
    IdMaker,
    ImportFailed,
    ImportResult,
    Skipped,
    blank_name,
    checked_text,
    decode_any_text,
    decode_text,
    guess_category,
    make_phrase,
    only_blanks,
    read_limited,
    title_from,
)
from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _

MAX_FILES = 2000
_REF = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
_FORM_FIELD = re.compile(r"\[\[\s*([^\[\]]*?)\s*\]\]")
_CURSOR = "$|$"
_MATCH_KEYS = frozenset(
    {"trigger", "triggers", "replace", "label", "search_terms", "vars", "form", "form_fields", "markdown"}
)
# What each left-out key is, in words (translated where it is counted: "word-boundary option (word)").
_DROPPED_KEYS = {
    "word": N_("word-boundary option ({key})"),
    "left_word": N_("word-boundary option ({key})"),
    "right_word": N_("word-boundary option ({key})"),
    "propagate_case": N_("case option ({key})"),
    "uppercase_style": N_("case option ({key})"),
    "force_clipboard": N_("paste option ({key})"),
    "force_mode": N_("paste option ({key})"),
    "paragraph": N_("paste option ({key})"),
    "passive_only": N_("option {key}"),
    "comment": N_("comment"),
}
_SKIPPING_KEYS = {
    "image_path": N_("an image snippet: CalmDesk phrases are text"),
    "html": N_("an HTML snippet: CalmDesk phrases are plain text"),
    "regex": N_("a regex trigger: CalmDesk has no typed triggers"),
}
# `anchors:` is where people keep YAML anchors (&sig) that matches reuse; `name:` and `parent:` head the files
# of Espanso 0.7 (user/*.yml, packages/*/package.yml): nothing to import or warn about.
_FILE_KEYS = frozenset(
    {"matches", "global_vars", "imports", "filter_title", "filter_class", "filter_exec", "anchors"}
    | {"name", "parent"}
)
_FILE_IGNORED = frozenset({"filter_title", "filter_class", "filter_exec"})


@dataclass(frozen=True, slots=True)
class _Var:
    """A variable as it will appear in CalmDesk: a placeholder (or fixed text) to put where it is used."""

    replacement: str
    note: str | None = None


def import_espanso(path: Path, *, taken: set[str], default_category: str) -> ImportResult:
    """Read a match file, a folder of them, or a package folder (package.yml, *.yml, _manifest.yml)."""
    result = ImportResult()
    ids = IdMaker(taken)
    files, origin = _files_of(path)
    for file in files:
        text, read_as = decode_any_text(read_limited(file), str(file))
        if read_as:
            result.notes.append(read_as)
        doc = _load_yaml(text, str(file))
        _read_document(doc, str(file), result, ids, default_category, f"{origin}{file.name}")
    return result


def import_espanso_text(text: str, source: str, *, taken: set[str], default_category: str) -> ImportResult:
    """The same for YAML already in memory (tests, the editor's paste box)."""
    result = ImportResult()
    _read_document(_load_yaml(text, source), source, result, IdMaker(taken), default_category, source)
    return result


def _files_of(path: Path) -> tuple[list[Path], str]:
    """The YAML files `path` stands for, in name order, and a prefix naming the package for origins."""
    if not path.exists():
        raise ImportFailed(_("no such file or folder"), str(path))
    if not path.is_dir():  # a file, or something that only looks like one: the reader says which
        return [path], "espanso: "
    # An Espanso config folder keeps its matches in match/; its config/ holds settings, not snippets.
    root = path / "match" if (path / "match").is_dir() else path
    try:
        files = sorted(p for p in root.rglob("*") if _is_match_file(p, root))
    except OSError as exc:
        words = _("cannot read the folder: {error}").format(error=exc.strerror or exc)
        raise ImportFailed(words, str(path)) from None
    if not files:
        raise ImportFailed(_("no Espanso match files (*.yml) in this folder"), str(path))
    if len(files) > MAX_FILES:
        raise ImportFailed(
            _("more than {count} YAML files: name one package folder").format(count=MAX_FILES), str(path)
        )
    return files, _manifest_origin(path)


def _is_match_file(path: Path, root: Path) -> bool:
    """A *.yml or *.yaml file, not a manifest (_manifest.yml) and not hidden: a copy from a Mac brings
    "._base.yml" resource forks, and a git checkout of a package brings .github/workflows/*.yml."""
    if path.suffix not in (".yml", ".yaml") or path.name[0] == "_":
        return False
    if any(part.startswith(".") for part in path.relative_to(root).parts):
        return False
    return path.is_file()


def _manifest_origin(folder: Path) -> str:
    manifest = folder / "_manifest.yml"
    if not manifest.is_file():
        return f"espanso {folder.name}: "
    doc = _load_yaml(decode_text(read_limited(manifest), str(manifest)), str(manifest))
    if not isinstance(doc, dict):
        raise ImportFailed(_("the manifest must be a mapping (name, title, version, author)"), str(manifest))
    title = _text(doc.get("title")) or _text(doc.get("name")) or folder.name
    version = _text(doc.get("version"))
    author = _text(doc.get("author"))
    described = title + (f" {version}" if version else "") + (f" by {author}" if author else "")
    return f"espanso package {described}: "


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


def _load_yaml(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise ImportFailed(
            _("not valid YAML: {error}").format(error=exc.problem or exc.context), source, line
        ) from None
    except yaml.YAMLError as exc:
        raise ImportFailed(_("not valid YAML: {error}").format(error=exc), source) from None
    except RecursionError:
        raise ImportFailed(_("not valid YAML: nested too deeply"), source) from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a timestamp such as 2024-13-45
        raise ImportFailed(_("not valid YAML: {error}").format(error=exc), source) from None


def _read_document(
    doc: Any, source: str, result: ImportResult, ids: IdMaker, default_category: str, origin: str
) -> None:
    if doc is None:
        return  # an empty file: nothing to import, nothing wrong
    if not isinstance(doc, dict):
        raise ImportFailed(_("an Espanso match file is a mapping with a `matches:` list"), source)
    for key in doc:
        if key not in _FILE_KEYS:
            result.notes.append(f"{source}: " + _('unknown top-level key "{key}" ignored').format(key=key))
        elif key in _FILE_IGNORED:
            result.dropped[_("app filter ({key})").format(key=key)] += 1
    if doc.get("imports"):
        result.notes.append(f"{source}: " + _("its `imports:` were not followed; import those files too"))
    global_vars = _vars(doc.get("global_vars"), source, result, "global_vars")
    # `matches:` with every entry commented out is null: a file with nothing to import, not a broken one.
    matches = doc.get("matches") or []
    if not isinstance(matches, list):
        raise ImportFailed(_("`matches:` must be a list"), source)
    for number, match in enumerate(matches, start=1):
        _read_match(match, number, source, result, ids, default_category, global_vars, origin)


def _read_match(
    match: Any,
    number: int,
    source: str,
    result: ImportResult,
    ids: IdMaker,
    default_category: str,
    global_vars: Mapping[str, _Var],
    origin: str,
) -> None:
    where = f"{source} match #{number}"
    if not isinstance(match, dict):
        result.skipped.append(Skipped(where, "", _("not a mapping with trigger and replace")))
        return
    triggers = _triggers(match)
    label = _text(match.get("label"))
    where = f"{source} match {triggers[0] if triggers else '#' + str(number)}"
    for key, reason in _SKIPPING_KEYS.items():
        if key in match:
            title = label or (triggers[0] if triggers else f"match #{number}")
            result.skipped.append(Skipped(where, title, _(reason)))
            return
    for key in match:
        if key in _DROPPED_KEYS:
            result.dropped[_(_DROPPED_KEYS[key]).format(key=key)] += 1
        elif key not in _MATCH_KEYS:
            result.notes.append(f"{where}: " + _('unknown key "{key}" ignored (a typo?)').format(key=key))
    text = _replace_text(match, where, result)
    if text is None:
        return
    if _CURSOR in text:
        result.dropped[_("cursor marker {marker}").format(marker=_CURSOR)] += text.count(_CURSOR)
        text = text.replace(_CURSOR, "")
    known = dict(global_vars)
    known.update(_vars(match.get("vars"), where, result, "vars", global_vars))
    if "form_fields" in match or "form" in match:
        known.update(_form_fields(match.get("form_fields"), where, result))
    text = _REF.sub(lambda m: _reference(m.group(1), known, where, result), text).strip()
    # The trigger (":sry") is a poor title for a person scanning a list: it stays a search tag instead.
    title = title_from(label, text)
    if triggers and (title == FALLBACK_TITLE or not any(c.isalnum() for c in title)):
        # A text that is only blanks ("{{mydate}}") has no title of its own: the trigger says more.
        title = title_from(label, "", triggers[0])
    if not text:
        result.skipped.append(Skipped(where, title, _("its replace text is empty")))
        return
    if only_blanks(text):
        result.skipped.append(Skipped(where, title, _(ONLY_BLANKS_REASON)))
        return
    if checked_text(text) is None:
        result.skipped.append(
            Skipped(where, title, _("its text holds braces CalmDesk cannot read as blanks"))
        )
        return
    tags = [*triggers, *_strings(match.get("search_terms"))]
    phrase = make_phrase(ids.make(title), title, text, guess_category(title, text, default_category), tags)
    result.phrases.append(phrase)
    result.origins[phrase.id] = origin


def _triggers(match: Mapping[str, Any]) -> list[str]:
    found = [_text(match.get("trigger")), *_strings(match.get("triggers"))]
    return [t for t in found if t]


def _replace_text(match: Mapping[str, Any], where: str, result: ImportResult) -> str | None:
    """The snippet's text: `replace`, `markdown` (kept as written) or a `form:` layout."""
    for key in ("replace", "markdown"):
        if key in match:
            value = match[key]
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                return str(value)
            result.skipped.append(Skipped(where, "", _("`{key}` is not text").format(key=key)))
            return None
    form = match.get("form")
    if isinstance(form, str):
        # A form's layout names its fields [[like_this]]: they are blanks here.
        return _FORM_FIELD.sub(lambda m: "{{" + m.group(1) + "}}", form)
    result.skipped.append(Skipped(where, _text(match.get("label")), _("no `replace` text")))
    return None


def _vars(
    raw: Any, where: str, result: ImportResult, key: str, earlier: Mapping[str, _Var] | None = None
) -> dict[str, _Var]:
    """Espanso variables by name; a form variable also gives each field as `name.field`.

    An echo may use the variables before it ("Hi {{name}}"): Espanso puts their values in, and so does this.
    """
    found: dict[str, _Var] = {}
    known = dict(earlier or {})
    if raw is None:
        return found
    if not isinstance(raw, list):
        result.notes.append(f"{where}: " + _("`{key}` is not a list; ignored").format(key=key))
        return found
    for entry in raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            result.notes.append(f"{where}: " + _("a variable without a name ignored"))
            continue
        name, kind = entry["name"], _text(entry.get("type"))
        raw_params = entry.get("params")
        params: dict[str, Any] = raw_params if isinstance(raw_params, dict) else {}
        converted = _convert_var(name, kind, params, where, result)
        if kind == "echo":
            converted = {n: _Var(_inject(v.replacement, known), v.note) for n, v in converted.items()}
        found.update(converted)
        known.update(converted)
    return found


def _inject(text: str, known: Mapping[str, _Var]) -> str:
    def value(match: re.Match[str]) -> str:
        var = known.get(match.group(1))
        return var.replacement if var is not None else match.group(0)

    return _REF.sub(value, text)


def _convert_var(
    name: str, kind: str, params: Mapping[str, Any], where: str, result: ImportResult
) -> dict[str, _Var]:
    blank = "{{" + blank_name(name) + "}}"
    if kind == "echo":
        return {name: _Var(_text(params.get("echo")))}
    if kind in ("choice", "random"):
        key = "values" if kind == "choice" else "choices"
        options = _options(params.get(key))
        if len(options) >= 2 and checked_text(_choice(name, options)) is not None:
            return {name: _Var(_choice(name, options))}
        return {name: _Var(options[0] if len(options) == 1 else blank)}
    if kind == "date":
        clock = _date(params)
        if isinstance(params.get("offset"), int) and params.get("offset") and "+" not in clock:
            # Backwards, or not a whole number of days/weeks (hours/minutes for a time): said, not hidden.
            result.notes.append(
                f"{where}: "
                + _('the date offset of "{name}" has no CalmDesk match; today is used').format(name=name)
            )
        if _text(params.get("format")):
            result.dropped[_("date format (CalmDesk writes dates its own way)")] += 1
        return {name: _Var(clock)}
    if kind == "form":
        raw_fields = params.get("fields")
        fields: dict[str, Any] = dict(raw_fields) if isinstance(raw_fields, dict) else {}
        # Fields named only in the layout are plain text fields.
        for field in _FORM_FIELD.findall(_text(params.get("layout"))):
            fields.setdefault(field, {})
        converted = _form_fields(fields, where, result)
        return {f"{name}.{field}": var for field, var in converted.items()}
    if kind in ("clipboard", "match"):
        return {name: _Var(blank)}
    # shell, script and anything unknown: never run. The person fills in what the command would have given.
    variable = kind or "untyped"
    words = _('the {kind} variable "{name}" was not run; it is a blank to fill in')
    result.notes.append(f"{where}: " + words.format(kind=variable, name=name))
    result.dropped[_("{variable} variable (not run, now a blank)").format(variable=variable)] += 1
    return {name: _Var(blank)}


def _form_fields(raw: Any, where: str, result: ImportResult) -> dict[str, _Var]:
    found: dict[str, _Var] = {}
    if not isinstance(raw, dict):
        return found
    for field, spec in raw.items():
        field = str(field)
        spec = spec if isinstance(spec, dict) else {}
        kind = _text(spec.get("type")) or "text"
        options = _options(spec.get("values"))
        if kind in ("choice", "list") and len(options) >= 2 and checked_text(_choice(field, options)):
            found[field] = _Var(_choice(field, options))
            continue
        default = _text(spec.get("default"))
        blank = blank_name(field)
        found[field] = _Var("{{" + blank + (f"|{default}" if default and "}" not in default else "") + "}}")
    return found


def _choice(name: str, options: list[str]) -> str:
    return "{{" + blank_name(name) + ": " + " | ".join(options) + "}}"


def _options(raw: Any) -> list[str]:
    """Choice values: plain strings, or {label, id} entries whose id is what Espanso inserts."""
    values: list[str] = []
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, dict):
            entry = entry.get("id", entry.get("label"))
        text = " ".join(_text(entry).split()).replace("|", "/")
        if text and text not in values and "{" not in text and "}" not in text:
            values.append(text)
    return values


# strftime codes that say which CalmDesk clock placeholder is meant.
_TIME_CODES = ("%H", "%I", "%M", "%p", "%R", "%T")
_DATE_CODES = ("%d", "%e", "%m", "%y", "%Y", "%b", "%B", "%x", "%D", "%F", "%j")


def _date(params: Mapping[str, Any]) -> str:
    fmt = _text(params.get("format"))
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


def _reference(inner: str, known: Mapping[str, _Var], where: str, result: ImportResult) -> str:
    var = known.get(inner)
    if var is not None:
        return var.replacement
    # Not declared: Espanso leaves it to a global or built-in we do not have, so the agent fills it in.
    return "{{" + blank_name(inner) + "}}"


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if not isinstance(value, list):
        return []
    return [v.strip() for v in value if isinstance(v, str) and v.strip()]
