"""Espanso match files (YAML) to phrases: triggers, replace text, labels, search terms and variables.

YAML is read with `yaml.safe_load` only: it builds plain lists, dicts and strings, never Python objects.
No variable is ever run: `shell` and `script` (and any type not known) become a blank to fill and are
reported, so a snippet that ran a command in Espanso cannot run one here.
The files and matches are read here; the variables in `espanso_vars`, the YAML itself in `espanso_yaml`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calmdesk.core.importers.common import (
    FALLBACK_TITLE,
    ONLY_BLANKS_REASON,
    IdMaker,
    ImportFailed,
    ImportResult,
    Skipped,
    Unreadable,
    checked_text,
    guess_category,
    make_phrase,
    only_blanks,
    title_from,
)
from calmdesk.core.importers.espanso_files import config_includes, files_of, load_documents
from calmdesk.core.importers.espanso_limits import refuse_repeated_lists, refuse_repeated_text
from calmdesk.core.importers.espanso_vars import (
    FORM_FIELD,
    EspansoVar,
    fill_references,
    form_fields,
    read_vars,
)
from calmdesk.core.importers.espanso_yaml import load_yaml, strings_of, text_of
from calmdesk.core.importers.html_text import plain_text
from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _

_CURSOR = "$|$"
_MATCH_KEYS = frozenset(
    {
        "trigger",
        "triggers",
        "replace",
        "label",
        "search_terms",
        "vars",
        "form",
        "form_fields",
        "markdown",
        "html",
    }
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
    "regex": N_("a regex trigger: CalmDesk has no typed triggers"),
}
# `anchors:` is where people keep YAML anchors (&sig) that matches reuse; `name:` and `parent:` head the files
# of Espanso 0.7 (user/*.yml, packages/*/package.yml): nothing to import or warn about.
_FILE_KEYS = frozenset(
    {"matches", "global_vars", "imports", "filter_title", "filter_class", "filter_exec", "anchors"}
    | {"name", "parent"}
)
_FILE_IGNORED = frozenset({"filter_title", "filter_class", "filter_exec"})


def import_espanso(path: Path, *, taken: set[str], default_category: str) -> ImportResult:
    """Read a match file, a folder of them, or a package folder (package.yml, *.yml, _manifest.yml)."""
    result = ImportResult()
    ids = IdMaker(taken)
    files, origin = files_of(path, result)
    files += config_includes(path, result)
    lone = None if path.is_dir() else path
    documents: list[tuple[Path, dict[Any, Any]]] = []
    for file, doc, size in load_documents(files, result, lone=lone):
        try:
            documents.append((file, _checked(doc, str(file), size)))
        except ImportFailed as failed:
            if file == lone:
                raise
            result.unreadable.append(Unreadable.of(failed))
    if not documents and result.unreadable:
        # Nothing could be read at all: a failure, not a partial import of nothing.
        words = _("none of its {count} YAML files could be read; the first: {problem}")
        raise ImportFailed(
            words.format(count=len(result.unreadable), problem=result.unreadable[0]), str(path)
        )
    shared = _shared(documents, result)
    for file, doc in documents:
        _read_document(doc, str(file), result, ids, default_category, f"{origin}{file.name}", shared)
    return result


def import_espanso_text(text: str, source: str, *, taken: set[str], default_category: str) -> ImportResult:
    """The same for YAML already in memory (tests, the editor's paste box)."""
    result = ImportResult()
    doc = _checked(load_yaml(text, source), source, len(text))
    shared = _shared([(Path(source), doc)], result)
    if doc.get("imports"):
        result.notes.append(f"{source}: " + _("its `imports:` were not followed; import those files too"))
    _read_document(doc, source, result, IdMaker(taken), default_category, source, shared)
    return result


@dataclass(frozen=True, slots=True)
class _Shared:
    """What every match of an import can use, whichever file it is in."""

    global_vars: dict[str, EspansoVar]  # Espanso's global_vars are global: base.yml's serve work.yml too
    plain_matches: dict[str, str]  # trigger -> plain replace text, for `match` variables


def _shared(documents: list[tuple[Path, dict[Any, Any]]], result: ImportResult) -> _Shared:
    refuse_repeated_lists(documents)
    plain: dict[str, str] = {}
    for _file, doc in documents:
        matches = doc.get("matches")
        for match in matches if isinstance(matches, list) else []:
            replace = match.get("replace") if isinstance(match, dict) else None
            if isinstance(replace, str) and "{{" not in replace and not _SKIPPING_KEYS.keys() & match.keys():
                for trigger in _triggers(match):
                    plain.setdefault(trigger, replace.replace(_CURSOR, ""))
    global_vars: dict[str, EspansoVar] = {}
    for file, doc in documents:
        global_vars.update(
            read_vars(doc.get("global_vars"), str(file), result, "global_vars", global_vars, plain)
        )
    return _Shared(global_vars, plain)


def _checked(doc: Any, source: str, size: int) -> dict[Any, Any]:
    """The file's mapping; an empty file is an empty one (nothing to import, nothing wrong)."""
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise ImportFailed(_("an Espanso match file is a mapping with a `matches:` list"), source)
    if not isinstance(doc.get("matches") or [], list):
        raise ImportFailed(_("`matches:` must be a list"), source)
    refuse_repeated_text(doc, source, size)
    return doc


def _read_document(
    doc: dict[Any, Any],
    source: str,
    result: ImportResult,
    ids: IdMaker,
    default_category: str,
    origin: str,
    shared: _Shared,
) -> None:
    for key in doc:
        if key not in _FILE_KEYS:
            result.notes.append(f"{source}: " + _('unknown top-level key "{key}" ignored').format(key=key))
        elif key in _FILE_IGNORED:
            result.dropped[_("app filter ({key})").format(key=key)] += 1
    # `matches:` with every entry commented out is null: a file with nothing to import, not a broken one.
    matches = doc.get("matches") or []  # a list: _checked saw to it
    for number, match in enumerate(matches, start=1):
        _read_match(match, number, source, result, ids, default_category, shared, origin)


def _read_match(
    match: Any,
    number: int,
    source: str,
    result: ImportResult,
    ids: IdMaker,
    default_category: str,
    shared: _Shared,
    origin: str,
) -> None:
    where = f"{source} match #{number}"
    if not isinstance(match, dict):
        result.skipped.append(Skipped(where, "", _("not a mapping with trigger and replace")))
        return
    triggers = _triggers(match)
    label = text_of(match.get("label"))
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
    own = read_vars(match.get("vars"), where, result, "vars", shared.global_vars, shared.plain_matches)
    has_form = "form_fields" in match or "form" in match
    fields = form_fields(match.get("form_fields"), where, result) if has_form else {}
    spaces_only = bool(text) and not text.strip()
    # A form field before the match's own variables before the global ones; none copied (see read_vars).
    text = fill_references(text, fields, own, shared.global_vars).strip()
    # The trigger (":sry") is a poor title for a person scanning a list: it stays a search tag instead.
    title = title_from(label, text)
    if triggers and (title == FALLBACK_TITLE or not any(c.isalnum() for c in title)):
        # A text that is only blanks ("{{mydate}}") has no title of its own: the trigger says more.
        title = title_from(label, "", triggers[0])
    if not text:
        # A snippet that types a no-break or thin space (hub packages of web characters): not "empty".
        reason = (
            _("its replace text is only a space character") if spaces_only else _("its replace text is empty")
        )
        result.skipped.append(Skipped(where, title, reason))
        return
    if only_blanks(text):
        result.skipped.append(Skipped(where, title, _(ONLY_BLANKS_REASON)))
        return
    if checked_text(text) is None:
        result.skipped.append(
            Skipped(where, title, _("its text holds braces CalmDesk cannot read as blanks"))
        )
        return
    tags = [*triggers, *strings_of(match.get("search_terms"))]
    phrase = make_phrase(ids.make(title), title, text, guess_category(title, text, default_category), tags)
    result.phrases.append(phrase)
    result.origins[phrase.id] = origin


def _triggers(match: Mapping[str, Any]) -> list[str]:
    found = [text_of(match.get("trigger")), *strings_of(match.get("triggers"))]
    return [t for t in found if t]


def _replace_text(match: Mapping[str, Any], where: str, result: ImportResult) -> str | None:
    """The snippet's text: `replace`, `markdown` (kept as written), `html` (its visible text: a phrase is
    plain text, and what the customer read is what counts) or a `form:` layout."""
    for key in ("replace", "markdown", "html"):
        if key in match:
            value = match[key]
            if key == "html" and isinstance(value, str):
                result.dropped[_("formatting of an HTML snippet")] += 1
                return plain_text(value)
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                return str(value)
            result.skipped.append(Skipped(where, "", _("`{key}` is not text").format(key=key)))
            return None
    form = match.get("form")
    if isinstance(form, str):
        # A form's layout names its fields [[like_this]]: they are blanks here.
        return FORM_FIELD.sub(lambda m: "{{" + m.group(1) + "}}", form)
    result.skipped.append(Skipped(where, text_of(match.get("label")), _("no `replace` text")))
    return None
