"""The built-in content shipped in `calmdesk.resources`: packs, categories and the checklist, validated.

Read only through `resource_files.files` (importlib.resources' interface), so it works the same from a
checkout, a wheel or a zip.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from calmdesk.core.messages import gettext as _
from calmdesk.core.model import (
    CATEGORY_KEYS,
    LANGUAGE_CODE,
    STEP_KEYS,
    Category,
    ChecklistStep,
    Instead,
    Problem,
)
from calmdesk.core.packs import LoadedPack, read_pack_bytes
from calmdesk.core.resource_files import files
from calmdesk.core.tomlcheck import TOP_LEVEL, LineFinder, Table, array_tables, decode, parse_toml

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

RESOURCES = "calmdesk.resources"
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_FALLBACK_COLOR = "#808080"  # a neutral grey badge for a category the file forgot


def _root() -> Traversable:
    return files(RESOURCES)


def builtin_packs(language: str = "en") -> tuple[list[LoadedPack], list[Problem]]:
    """Every built-in pack of `language`, in file-name order; English when that language has none."""
    problems: list[Problem] = []
    if not LANGUAGE_CODE.fullmatch(language):
        words = _("{code} is not a language code: using en").format(code=repr(language))
        problems.append(Problem("resources/packs", words))
        language = "en"
    folder = _root() / "packs" / language
    if not folder.is_dir() and language != "en":
        problems.append(
            Problem(f"resources/packs/{language}", _("no built-in phrases in this language: using en"))
        )
        language, folder = "en", _root() / "packs" / "en"
    if not folder.is_dir():
        problems.append(Problem(f"resources/packs/{language}", _("the built-in phrase folder is missing")))
        return [], problems
    entries = sorted((e for e in folder.iterdir() if e.name.endswith(".toml")), key=lambda e: e.name)
    packs = [
        read_pack_bytes(entry.read_bytes(), f"resources/packs/{language}/{entry.name}") for entry in entries
    ]
    return packs, problems


def builtin_languages() -> tuple[str, ...]:
    """The languages with built-in phrases (a folder under resources/packs), English first."""
    folder = _root() / "packs"
    if not folder.is_dir():
        return ()
    found = sorted(e.name for e in folder.iterdir() if e.is_dir() and LANGUAGE_CODE.fullmatch(e.name))
    return tuple(sorted(found, key=lambda code: code != "en"))


def _read_toml(
    name: str, problems: list[Problem], *, missing_ok: bool = False
) -> tuple[dict[str, Any], LineFinder] | None:
    """A resource file parsed, or None with the reason added to `problems` (none for a missing file when
    `missing_ok`: a language without its own version of it)."""
    source = f"resources/{name}"
    entry = _root().joinpath(*name.split("/"))
    if missing_ok and not entry.is_file():
        return None
    try:
        data = entry.read_bytes()
    except OSError as exc:
        words = _("cannot read the built-in file: {reason}").format(reason=exc.strerror or exc)
        problems.append(Problem(source, words))
        return None
    text = decode(data, source)
    if isinstance(text, Problem):
        problems.append(text)
        return None
    doc = parse_toml(text, source)
    if isinstance(doc, Problem):
        problems.append(doc)
        return None
    return doc, LineFinder(text)


def load_categories(lang: str = "en") -> tuple[dict[str, Category], list[Problem]]:
    """`categories.toml`, checked; every CATEGORY_KEYS key is present (a forgotten one gets a plain badge).

    For another language, its `i18n/<lang>/categories.toml` gives each category's label, description and
    `when` text in that language (see `i18n`); what it leaves out stays English.
    """
    problems: list[Problem] = []
    parsed = _read_toml("categories.toml", problems)
    found = parse_categories(*parsed, "resources/categories.toml", problems) if parsed else {}
    for key in CATEGORY_KEYS:
        if key not in found:
            found[key] = Category(key, key.replace("_", " ").capitalize(), "", _FALLBACK_COLOR)
    if lang != "en" and LANGUAGE_CODE.fullmatch(lang):
        from calmdesk.core import i18n

        name = i18n.resource(lang, "categories.toml")
        translated = _read_toml(name, problems, missing_ok=True)
        if translated:
            found = i18n.translated_categories(found, *translated, f"resources/{name}", problems)
    return {key: found[key] for key in CATEGORY_KEYS}, problems


def english_hints() -> dict[str, str]:
    """Each category's English "when" text, else its description: a library in another language is also
    searched by them (see `Library.english_hints`)."""
    return {key: c.when or c.description for key, c in load_categories()[0].items()}


def parse_categories(
    doc: dict[str, Any], finder: LineFinder, source: str, problems: list[Problem]
) -> dict[str, Category]:
    """`[[category]]` entries with key, label, description and color (and optionally `when`, the situations
    it serves, and `on_request`): the valid ones, by key."""
    top = Table(doc, label=TOP_LEVEL, source=source, problems=problems, finder=finder)
    top.check_keys(["category"])
    result: dict[str, Category] = {}
    named: set[object] = set()
    for raw, table in array_tables(top, "category"):
        named.add(raw.get("key"))
        table.check_keys(["key", "label", "description", "color"], ["when", "on_request"])
        key = table.choice("key", CATEGORY_KEYS, "category")
        label, description, color = table.string("label"), table.string("description"), table.string("color")
        when = table.string("when") if "when" in raw else ""
        on_request = raw.get("on_request", False)
        if color is not None and not _COLOR.fullmatch(color):
            table.problem(_('color "{color}" must be written #rrggbb').format(color=color), "color")
        if not isinstance(on_request, bool):
            table.problem(_('"on_request" must be true or false'), "on_request")
        if key is not None and key in result:
            table.problem(_('category "{key}" is given twice').format(key=key), "key")
        if not table.failed and key and label and description and color and when is not None:
            result[key] = Category(key, label, description, color, when, on_request is True)
    for key in CATEGORY_KEYS:
        if key not in named:  # a category named but faulty is reported above, not again here
            problems.append(Problem(source, _('category "{key}" is missing').format(key=key)))
    return result


def load_checklist(lang: str = "en") -> tuple[tuple[ChecklistStep, ...], list[Problem]]:
    """`checklist.toml`, checked: the valid steps, in STEP_KEYS order.

    For another language, the steps of its `i18n/<lang>/checklist.toml` replace the English ones (keeping
    the English step's categories); a step it lacks stays English.
    """
    problems: list[Problem] = []
    parsed = _read_toml("checklist.toml", problems)
    steps = parse_checklist(*parsed, "resources/checklist.toml", problems) if parsed else ()
    if lang != "en" and LANGUAGE_CODE.fullmatch(lang):
        from calmdesk.core import i18n

        name = i18n.resource(lang, "checklist.toml")
        translated = _read_toml(name, problems, missing_ok=True)
        if translated:
            own = parse_checklist(*translated, f"resources/{name}", problems, translation=True)
            steps = i18n.translated_checklist(steps, own)
    return steps, problems


def parse_checklist(
    doc: dict[str, Any],
    finder: LineFinder,
    source: str,
    problems: list[Problem],
    *,
    translation: bool = False,
) -> tuple[ChecklistStep, ...]:
    """`[[step]]` entries (key, title, goal, do, dont, categories); every step of STEP_KEYS, in that order.

    A `translation` has no `categories` (the English file's are kept): they come back empty here; a step
    it leaves out is no problem (it stays English)."""
    top = Table(doc, label=TOP_LEVEL, source=source, problems=problems, finder=finder)
    top.check_keys(["step"])
    steps: dict[str, ChecklistStep] = {}
    order: list[str] = []
    for raw, table in array_tables(top, "step"):
        if raw.get("key") in STEP_KEYS:
            table.label = _('step "{key}"').format(key=raw["key"])
        table.check_keys(["key", "title", "goal", "do", "dont", *([] if translation else ["categories"])])
        key = table.choice("key", STEP_KEYS, "checklist step")
        if key is not None:
            order.append(key)
        title, goal = table.string("title"), table.string("goal")
        do = table.strings("do")
        if do == ():
            table.problem(_('"do" is empty: give at least one tip'), "do")
        dont = _insteads(table)
        categories = () if translation else table.choices("categories", CATEGORY_KEYS, "category")
        if key is not None and key in steps:
            table.problem(_('step "{key}" is given twice').format(key=key), "key")
        elif (
            not table.failed and key and title and goal and do and dont is not None and categories is not None
        ):
            steps[key] = ChecklistStep(key, title, goal, do, dont, categories)
    # A translation may leave a step out: that step stays English (i18n.translated_checklist), no fault.
    for key in () if translation else STEP_KEYS:
        if key not in order:
            problems.append(Problem(source, _('checklist step "{key}" is missing').format(key=key)))
    if [k for k in order if k in STEP_KEYS] != [k for k in STEP_KEYS if k in order]:
        words = _("steps are out of order: expected {keys}").format(keys=", ".join(STEP_KEYS))
        problems.append(Problem(source, words))
    return tuple(steps[key] for key in STEP_KEYS if key in steps)


def _insteads(table: Table) -> tuple[Instead, ...] | None:
    """`dont = [{ avoid = "...", say = "..." }, ...]`: what never to say, paired with what to say instead."""
    raw = table.raw.get("dont")
    if raw is None:
        return None
    if not isinstance(raw, list) or not raw:
        table.problem(_('"dont" must be a non-empty list of { avoid = "...", say = "..." } entries'), "dont")
        return None
    result: list[Instead] = []
    for number, entry in enumerate(raw, start=1):
        avoid = entry.get("avoid") if isinstance(entry, dict) else None
        say = entry.get("say") if isinstance(entry, dict) else None
        if not (isinstance(avoid, str) and avoid.strip() and isinstance(say, str) and say.strip()):
            words = _('"dont" entry #{number} needs non-empty "avoid" and "say" strings')
            table.problem(words.format(number=number), "dont")
        elif extra := sorted(set(entry) - {"avoid", "say"}):
            words = _('"dont" entry #{number} has unknown fields: {fields}')
            table.problem(words.format(number=number, fields=", ".join(extra)), "dont")
        else:
            result.append(Instead(avoid.strip(), say.strip()))
    return tuple(result) if len(result) == len(raw) else None
