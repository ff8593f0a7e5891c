"""Beeftext combos (JSON export, file format versions 1 to 10) to phrases, with their #{...} variables.

Variables that act on the computer (`#{powershell:...}`, `#{key:...}`, `#{shortcut:...}`, `#{envVar:...}`) are
never run or read: each becomes a blank to fill, and the report says so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from calmdesk.core.fillins import MAX_OPTIONS
from calmdesk.core.importers.beeftext_keywords import (
    RepeatedCombos,
    keyed_snippets,
    note_shared_keywords,
    one_of,
)
from calmdesk.core.importers.common import (
    IdMaker,
    ImportFailed,
    ImportResult,
    Skipped,
    blank_name,
    checked_text,
    guess_category,
    make_phrase,
    title_from,
)
from calmdesk.core.importers.html_text import plain_text
from calmdesk.core.importers.import_files import decode_text, read_limited
from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import number as format_number
from calmdesk.core.phrase_rules import MAX_TEXT_CHARS

KNOWN_VERSIONS = range(1, 11)
# Beeftext's own pattern (BeeftextConstants): the shortest #{...} on one line whose } is not escaped; in a
# parameter \} is a brace and \\ a backslash (resolveEscapingInVariableParameter).
_VARIABLE = re.compile(r"#\{(.*?)(?<!\\)\}")
_NEVER_RUN = ("powershell", "key", "shortcut", "envvar")
_SHIFT = re.compile(r"([+-])(\d{1,3})([a-zA-Z])")
# Beeftext's dateTime formats are Qt's: these letters say a date or a time is meant.
_QT_DATE = re.compile(r"d|M|y")
_QT_TIME = re.compile(r"h|H|m|s|A|a")


def import_beeftext(path: Path, *, taken: set[str], default_category: str) -> ImportResult:
    source = str(path)
    return import_beeftext_text(
        decode_text(read_limited(path), source), source, taken=taken, default_category=default_category
    )


def import_beeftext_text(text: str, source: str, *, taken: set[str], default_category: str) -> ImportResult:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        words = _("not valid JSON: {error} (column {column})").format(error=exc.msg, column=exc.colno)
        raise ImportFailed(words, source, exc.lineno) from None
    except RecursionError:
        raise ImportFailed(_("not valid JSON: nested too deeply"), source) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("combos"), list):
        raise ImportFailed(_("not a Beeftext export: it has no `combos` list"), source)
    version = doc.get("fileFormatVersion", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version not in KNOWN_VERSIONS:
        words = _("file format version {version} is not one CalmDesk reads (1 to 10)").format(
            version=repr(version)
        )
        raise ImportFailed(words, source)
    groups = _groups(doc.get("groups"))
    result = ImportResult()
    ids = IdMaker(taken)
    combos = [c for c in doc["combos"] if isinstance(c, dict)]
    snippets = keyed_snippets((_keyword(c), _snippet(c)) for c in combos)
    note_shared_keywords(snippets, source, result)
    repeats = RepeatedCombos()
    for number, combo in enumerate(doc["combos"], start=1):
        if not isinstance(combo, dict):
            result.skipped.append(Skipped(f"{source} combo #{number}", "", _("not a combo object")))
            continue
        _read_combo(combo, number, source, groups, snippets, result, ids, default_category, repeats)
    return result


def _groups(raw: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for group in raw if isinstance(raw, list) else []:
        if (
            isinstance(group, dict)
            and isinstance(group.get("uuid"), str)
            and isinstance(group.get("name"), str)
        ):
            found[group["uuid"]] = group["name"].strip()
    return found


def _keyword(combo: Mapping[str, Any]) -> str:
    value = combo.get("keyword", combo.get("comboText", ""))
    return value.strip() if isinstance(value, str) else ""


def _snippet(combo: Mapping[str, Any]) -> str:
    value = combo.get("snippet", combo.get("substitutionText", ""))
    if not isinstance(value, str):
        return ""
    # Beeftext's rich-text combos hold a Qt HTML document; Beeftext itself reads them back as plain text.
    return plain_text(value) if combo.get("useHtml") is True else value


def _read_combo(
    combo: Mapping[str, Any],
    number: int,
    source: str,
    groups: Mapping[str, str],
    snippets: Mapping[str, list[str]],
    result: ImportResult,
    ids: IdMaker,
    default_category: str,
    repeats: RepeatedCombos,
) -> None:
    keyword = _keyword(combo)
    where = f"{source} combo {keyword or '#' + str(number)}"
    raw = _snippet(combo)
    raw_name = combo.get("name")
    name = raw_name if isinstance(raw_name, str) else ""
    if not raw.strip():
        result.skipped.append(Skipped(where, name or keyword, _("its snippet is empty")))
        return
    repeated = repeats.repeat_of(keyword, name, raw, f"{where} (#{number})")
    if repeated:
        result.skipped.append(Skipped(f"{where} (#{number})", name or keyword, repeated))
        return
    if combo.get("useHtml") is True:
        result.dropped[_("rich text (HTML) read as plain text")] += 1
    if combo.get("enabled") is False:
        result.dropped[_("disabled combo (imported all the same)")] += 1
    for key in ("matchingMode", "caseSensitivity"):
        if key in combo:
            result.dropped[_("typing option ({key})").format(key=key)] += 1
    # Beeftext runs on Windows: its snippets keep "\r\n" line ends, which CalmDesk texts never hold.
    text = convert_variables(raw.replace("\r\n", "\n"), snippets, where, result, keyword).strip()
    title = title_from(name, text)
    if not text:
        result.skipped.append(Skipped(where, title, _("its snippet is empty once variables are read")))
        return
    if checked_text(text) is None:
        result.skipped.append(
            Skipped(where, title, _("its text holds braces CalmDesk cannot read as blanks"))
        )
        return
    tags = [keyword] if keyword else []
    group = combo.get("group")
    if isinstance(group, str) and group in groups:
        tags.append(groups[group])
    description = combo.get("description")
    if isinstance(description, str) and description.strip():
        tags += description.split()[:6]
    phrase = make_phrase(ids.make(title), title, text, guess_category(title, text, default_category), tags)
    result.phrases.append(phrase)
    result.origins[phrase.id] = f"beeftext: {Path(source).name}"


def convert_variables(
    text: str, snippets: Mapping[str, list[str]], where: str, result: ImportResult, own: str = ""
) -> str:
    """Beeftext's #{...} variables as CalmDesk placeholders, fixed text or blanks; nothing is run.

    A combo inside a combo is put in as Beeftext does, at any depth; a combo already being put in (a cycle,
    `own` being the keyword of the combo read) or not in the export is a blank named after its keyword.
    A keyword several combos share (Beeftext picks one at random) is a choice of their texts when each fits
    on one line, else the first one's text, and a note says which.
    """

    def convert(match: re.Match[str], forbidden: frozenset[str]) -> str:
        inner = match.group(1)
        kind, _sep, argument = inner.partition(":")
        kind = kind.strip().lower()
        argument = argument.replace("\\\\", "\\").replace("\\}", "}")
        if kind == "clipboard":
            return "{{clipboard}}"
        if kind in ("date", "time", "datetime"):
            return _date_time(kind, argument, where, result)
        if kind == "input":
            # The same prompt twice is one blank, as Beeftext asks it once.
            return "{{" + blank_name(argument, "input") + "}}"
        if kind == "cursor":
            result.dropped[_("cursor marker {marker}").format(marker="#{cursor}")] += 1
            return ""
        if kind == "delay":
            result.dropped[_("typing delay {marker}").format(marker="#{delay}")] += 1
            return ""
        if kind in ("combo", "upper", "lower", "trim"):
            return combo(kind, argument.strip(), forbidden)
        if kind in _NEVER_RUN:
            result.notes.append(
                f"{where}: "
                + _("{variable} was not run; it is a blank to fill in").format(variable=f"#{{{kind}:...}}")
            )
            result.dropped[
                _("{variable} variable (not run, now a blank)").format(variable=f"#{{{kind}}}")
            ] += 1
            return "{{" + blank_name(kind) + "}}"
        result.notes.append(
            f"{where}: "
            + _("unknown variable {variable} is a blank to fill in").format(variable=f"#{{{inner[:40]}}}")
        )
        return "{{" + blank_name(kind, "value") + "}}"

    # Each combo put in once per path: a combo that puts in another twice, forty deep, is 2^40 copies.
    done: dict[tuple[str, str, frozenset[str]], str] = {}

    def combo(kind: str, keyword: str, forbidden: frozenset[str]) -> str:
        key = (kind, keyword, forbidden)
        if key not in done:
            done[key] = put_in(kind, keyword, forbidden)
        return done[key]

    def put_in(kind: str, keyword: str, forbidden: frozenset[str]) -> str:
        if keyword in snippets and keyword not in forbidden:
            inner = forbidden | {keyword}
            versions = []
            # A choice holds at most MAX_OPTIONS: more versions are never all read (nor put in).
            for snippet in list(dict.fromkeys(snippets[keyword]))[:MAX_OPTIONS]:
                inserted = _VARIABLE.sub(lambda m: convert(m, inner), snippet)
                versions.append(
                    {"upper": inserted.upper(), "lower": inserted.lower(), "trim": inserted.strip()}.get(
                        kind, inserted
                    )
                )
            text = versions[0] if len(versions) == 1 else one_of(keyword, versions, where, result)
            if len(text) <= MAX_TEXT_CHARS:
                return text
            words = _("combo {keyword} puts in more than {limit} characters (combos repeated inside combos)")
            words += "; " + _("a blank to fill in there")
            limit = format_number(MAX_TEXT_CHARS)
            result.notes.append(f"{where}: " + words.format(keyword=keyword, limit=limit))
        elif keyword in snippets:
            words = _("combo {keyword} includes itself (a cycle); a blank to fill in there")
            result.notes.append(f"{where}: " + words.format(keyword=keyword))
        else:
            words = _("combo {keyword} is not in this export; a blank to fill in")
            result.notes.append(f"{where}: " + words.format(keyword=keyword))
        return "{{" + blank_name(keyword, kind) + "}}"

    start = frozenset({own}) if own else frozenset()
    return _VARIABLE.sub(lambda m: convert(m, start), text)


def _date_time(kind: str, argument: str, where: str, result: ImportResult) -> str:
    """#{date}, #{time}, #{dateTime}, #{dateTime:format}, #{dateTime:+1d:format} as clock placeholders."""
    shift, _sep, fmt = argument.partition(":") if _SHIFT.match(argument.strip()) else ("", "", argument)
    offset = ""
    if shift.strip():
        found = _SHIFT.fullmatch(shift.strip())
        amount = int(found.group(2)) if found else 0
        unit = found.group(3) if found else ""
        if found and found.group(1) == "+" and unit in ("d", "w", "h", "m"):
            offset = f"+{amount}{unit}"
        else:
            result.notes.append(
                f"{where}: "
                + _("date shift {shift} has no CalmDesk match; now is used").format(shift=shift.strip())
            )
    if kind == "time" or (fmt and _QT_TIME.search(fmt) and not _QT_DATE.search(fmt.replace("dddd", ""))):
        return "{{time" + (offset if offset[-1:] in ("h", "m") else "") + "}}"
    if fmt and "dddd" in fmt and not _QT_DATE.search(fmt.replace("dddd", "")):
        return "{{weekday" + (offset if offset[-1:] in ("d", "w") else "") + "}}"
    day = "{{date" + (offset if offset[-1:] in ("d", "w") else "") + "}}"
    if kind == "datetime" and (not fmt or _QT_TIME.search(fmt)):
        return day + " {{time" + (offset if offset[-1:] in ("h", "m") else "") + "}}"
    return day
