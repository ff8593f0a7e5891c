"""Read and validate one phrase pack (docs/pack-format.md); every fault becomes a `Problem`, never a crash.

Policy: a pack is all or nothing. Any problem (syntax, [pack] table, any phrase) means the pack yields no
phrases, so a team never ships half a pack by accident and `calmdesk pack check` agrees with what the app
loads. The [pack] info is still returned when that table itself is sound, so a report can name the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from calmdesk.core import placeholders
from calmdesk.core.messages import N_, ngettext, number
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import (
    CATEGORY_KEYS,
    CHANNELS,
    LANGUAGE_CODE,
    STEP_KEYS,
    PackInfo,
    Phrase,
    Problem,
)
from calmdesk.core.phrase_rules import MAX_ID_CHARS, MAX_TAG_CHARS, MAX_TAGS, MAX_TEXT_CHARS, MAX_TITLE_CHARS
from calmdesk.core.printable import printable, quoted
from calmdesk.core.safefile import FileRefused, read_regular_file
from calmdesk.core.tomlcheck import TOP_LEVEL, LineFinder, Table, decode, parse_toml

MAX_PACK_BYTES = 5 * 1024 * 1024  # a phrase pack is a few kilobytes; anything this big is a mistake
# Field caps (docs/pack-format.md): the same for packs, imports, the editor and exports (core.phrase_rules).
MAX_DESCRIPTION_CHARS = 500
# Enough to see what is wrong with a file; the rest is counted in one line (see cap_problems).
MAX_PROBLEMS_PER_FILE = 30
_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_ID_RULE = N_("use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit")


@dataclass(slots=True)
class LoadedPack:
    """One pack file's outcome; `lines` maps each phrase id to the line where its entry starts."""

    source: str
    info: PackInfo | None = None
    phrases: list[Phrase] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    lines: dict[str, int | None] = field(default_factory=dict)


def load_pack_text(text: str, source: str) -> tuple[PackInfo | None, list[Phrase], list[Problem]]:
    """Validate pack `text` read from `source` (named in messages). No phrases come back with a problem."""
    pack = read_pack_text(text, source)
    return pack.info, pack.phrases, pack.problems


def load_pack_file(path: Path) -> tuple[PackInfo | None, list[Phrase], list[Problem]]:
    """Like `load_pack_text`; an unreadable, empty, huge or non-UTF-8 file gives a `Problem`."""
    pack = read_pack_file(path)
    return pack.info, pack.phrases, pack.problems


def duplicate_problem(pack: LoadedPack, phrase_id: str, first_source: str) -> Problem:
    """The phrase `phrase_id` of `pack` repeats an id already read from `first_source`."""
    words = _("id {id} is already used in {file}; this one is ignored")
    message = words.format(id=quoted(phrase_id), file=printable(first_source))
    return Problem(pack.source, message, pack.lines.get(phrase_id), phrase_id)


def read_pack_file(path: Path) -> LoadedPack:
    source = str(path)
    try:
        # Only a regular file, its size checked on the open file before reading: a FIFO, /dev/zero or
        # /dev/stdin named *.toml in a shared folder must not hang or flood every command.
        data = read_regular_file(path, MAX_PACK_BYTES)
    except FileRefused as refused:
        message = (
            _too_big()
            if refused.too_big
            else _("cannot read the file: {reason}; skipped").format(reason=refused)
        )
        return LoadedPack(source, problems=[Problem(source, message)])
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on some Pythons
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return LoadedPack(
            source, problems=[Problem(source, _("cannot read the file: {reason}").format(reason=reason))]
        )
    return read_pack_bytes(data, source)


def _too_big() -> str:
    words = _("the file is larger than {size} MB: refused, a phrase pack is far smaller")
    return words.format(size=MAX_PACK_BYTES // 2**20)


def read_pack_bytes(data: bytes, source: str) -> LoadedPack:
    if len(data) > MAX_PACK_BYTES:
        return LoadedPack(source, problems=[Problem(source, _too_big())])
    text = decode(data, source)
    if isinstance(text, Problem):
        return LoadedPack(source, problems=[text])
    return read_pack_text(text, source)


def read_pack_text(text: str, source: str) -> LoadedPack:
    pack = LoadedPack(source)
    if not text.strip():
        pack.problems.append(Problem(source, _("the file is empty: a pack needs a [pack] table and phrases")))
        return pack
    doc = parse_toml(text, source)
    if isinstance(doc, Problem):
        pack.problems.append(doc)
        return pack
    finder = LineFinder(text)
    top = Table(doc, label=TOP_LEVEL, source=source, problems=pack.problems, finder=finder)
    top.check_keys([], ["pack", "phrase"])
    if "pack" not in doc:
        top.problem(_("missing [pack] table (with id, name, language and version)"))
    pack.info = _read_info(doc.get("pack"), top)
    # Phrases are checked even under a broken [pack] table, so one run of `pack check` lists every fault.
    raw_phrases = doc.get("phrase", [])
    if not isinstance(raw_phrases, list):
        top.problem(_('"phrase" must be a list of [[phrase]] tables'), "phrase")
        return pack
    if not raw_phrases and pack.info is not None:
        top.problem(_("the pack holds no [[phrase]] entries"))
    # Headers give each entry its lines; when they cannot be trusted (inline tables), the id line is used.
    headers = finder.array_lines("phrase")
    if len(headers) != len(raw_phrases):
        headers = []
    phrases = [
        _read_phrase(raw, number, pack, finder, headers[number - 1] if headers else None)
        for number, raw in enumerate(raw_phrases, start=1)
    ]
    if not pack.problems:
        pack.phrases = [p for p in phrases if p is not None]
    pack.problems = cap_problems(pack.problems, source)
    return pack


def cap_problems(problems: list[Problem], source: str) -> list[Problem]:
    """At most MAX_PROBLEMS_PER_FILE problems, then one line counting the rest.

    A generated pack with 100,000 bad entries printed 400,000 lines on every command; the first few
    already say what to fix.
    """
    if len(problems) <= MAX_PROBLEMS_PER_FILE:
        return problems
    rest = len(problems) - MAX_PROBLEMS_PER_FILE
    words = ngettext(
        "... and {count} more problem in this file (fix the ones above first)",
        "... and {count} more problems in this file (fix the ones above first)",
        rest,
    )
    more = Problem(source, words.format(count=number(rest)))
    return [*problems[:MAX_PROBLEMS_PER_FILE], more]


def _read_info(raw: Any, top: Table) -> PackInfo | None:
    if raw is None:
        return None  # already reported as a missing [pack] table
    if not isinstance(raw, dict):
        top.problem(_('"pack" must be a table: [pack]'), "pack")
        return None
    table = top.sub(raw, "[pack]", top.finder.table_line("pack"))
    table.check_keys(["id", "name", "language", "version"], ["description", "replaces_builtin"])
    pack_id, name = table.string("id"), table.string("name", max_chars=MAX_TITLE_CHARS)
    language, version = table.string("language"), table.string("version", max_chars=MAX_TAG_CHARS)
    # An empty description is allowed: the field is optional anyway.
    description = (
        table.string("description", max_chars=MAX_DESCRIPTION_CHARS) if raw.get("description") != "" else ""
    )
    if pack_id is not None and not _good_id(pack_id):
        table.problem(_("bad pack id {id}: {rule}").format(id=quoted(pack_id), rule=_(_ID_RULE)), "id")
    if language is not None and not LANGUAGE_CODE.fullmatch(language.replace("_", "-")):
        message = _('language {language} is no language code: write "en", "es", "pt-BR"').format(
            language=quoted(language)
        )
        table.problem(message, "language")
    replaces = raw.get("replaces_builtin", False)
    if not isinstance(replaces, bool):
        table.problem(_('"replaces_builtin" must be true or false'), "replaces_builtin")
    if table.failed or pack_id is None or name is None or language is None or version is None:
        return None
    return PackInfo(pack_id, name, language, version, description or "", top.source, replaces is True)


def _good_id(value: str) -> bool:
    return len(value) <= MAX_ID_CHARS and _ID.fullmatch(value) is not None


def _read_phrase(
    raw: Any, number: int, pack: LoadedPack, finder: LineFinder, start: int | None
) -> Phrase | None:
    raw_id = raw.get("id") if isinstance(raw, dict) else None
    named = isinstance(raw_id, str) and _good_id(raw_id)
    if start is None and isinstance(raw_id, str):
        start = finder.value_line("id", raw_id)
    label = _("phrase #{number}").format(number=number)
    table = Table(
        raw if isinstance(raw, dict) else {},
        label=label,
        source=pack.source,
        problems=pack.problems,
        finder=finder,
        start=start,
        end=finder.next_header(start),
        who=raw_id if named else label,
    )
    if not isinstance(raw, dict):
        table.problem(_("must be a table: [[phrase]]"))
        return None
    table.check_keys(["id", "category", "title", "text"], ["tags", "channels", "step"])
    phrase_id = table.string("id")
    if phrase_id is not None and not named:
        table.problem(_("bad id {id}: {rule}").format(id=quoted(phrase_id), rule=_(_ID_RULE)), "id")
    elif phrase_id is not None and phrase_id in pack.lines:
        first = pack.lines[phrase_id]
        if first:
            words = _('duplicate id "{id}": already used by the phrase at line {line} of this pack')
        else:
            words = _('duplicate id "{id}": already used by an earlier phrase of this pack')
        table.problem(words.format(id=phrase_id, line=first), "id")
    elif phrase_id is not None:
        pack.lines[phrase_id] = start
    category = table.choice("category", CATEGORY_KEYS, "category")
    title = table.string("title", max_chars=MAX_TITLE_CHARS)
    text = table.string("text", max_chars=MAX_TEXT_CHARS, multiline=True)
    tags = table.strings("tags", max_chars=MAX_TAG_CHARS, max_items=MAX_TAGS)
    channels = table.choices("channels", CHANNELS, "channel")
    if channels == ():
        table.problem(_('"channels" is empty: leave it out to mean every channel'), "channels")
    step = table.choice("step", STEP_KEYS, "checklist step")
    for message in placeholders.problems(text or ""):
        table.problem(message, "text")
    if table.failed or phrase_id is None or category is None or title is None or text is None:
        return None
    pack_id = pack.info.id if pack.info else ""  # no info means a problem, so this phrase is dropped anyway
    lang = pack.info.lang if pack.info else "en"
    return Phrase(phrase_id, category, title, text, pack_id, tags or (), channels or CHANNELS, step, lang)
