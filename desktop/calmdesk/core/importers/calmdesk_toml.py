"""CalmDesk's own pack format both ways: phrases out as a TOML pack (or CSV), and a pack back in unchanged."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import tomli_w

from calmdesk.core.csv_cells import safe_cell
from calmdesk.core.importers.common import ImportFailed, ImportResult, Unreadable
from calmdesk.core.importers.import_files import decode_text, read_limited
from calmdesk.core.languages import ENGLISH, SUPPORTED
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import CHANNELS, Phrase
from calmdesk.core.packs import read_pack_text

MAX_PROBLEMS_SHOWN = 5
CSV_COLUMNS = ("id", "title", "text", "category", "tags", "channels", "step", "lang")


# A folder of packs is an export's language files, or a team's: far fewer than this.
MAX_PACK_FILES = 200


def import_calmdesk(path: Path) -> ImportResult:
    """A pack file, or every pack (*.toml) of a folder: an export writes one pack per language
    (my-phrases.toml, my-phrases.es.toml ...), and the folder brings every language's version back."""
    if path.is_dir():
        # A broken pack of the folder is named with its line, and every other pack comes in all the same.
        result = ImportResult()
        packs = _packs_in(path)
        for pack in packs:
            try:
                _merge(result, _import_file(pack))
            except ImportFailed as failed:
                result.unreadable.append(Unreadable.of(failed))
        if len(result.unreadable) == len(packs):
            words = _("none of its {count} packs could be read; the first: {problem}")
            raise ImportFailed(words.format(count=len(packs), problem=result.unreadable[0]), str(path))
        return result
    result = _import_file(path)
    beside = _other_languages_beside(path)
    if beside:
        words = _("{files} beside it hold other languages' versions: import the folder to take them too")
        result.notes.append(f"{path}: " + words.format(files=", ".join(p.name for p in beside)))
    return result


def _import_file(path: Path) -> ImportResult:
    source = str(path)
    return import_calmdesk_text(decode_text(read_limited(path), source), source)


def _packs_in(folder: Path) -> list[Path]:
    try:
        packs = sorted(p for p in folder.iterdir() if p.suffix == ".toml" and p.name[0] not in "._")
    except OSError as exc:
        words = _("cannot read the folder: {error}").format(error=exc.strerror or exc)
        raise ImportFailed(words, str(folder)) from None
    if not packs:
        raise ImportFailed(_("no CalmDesk packs (*.toml) in this folder"), str(folder))
    if len(packs) > MAX_PACK_FILES:
        words = _("more than {count} packs in this folder: name one pack or a smaller folder")
        raise ImportFailed(words.format(count=MAX_PACK_FILES), str(folder))
    return packs


def _merge(into: ImportResult, result: ImportResult) -> None:
    into.phrases += result.phrases
    into.origins.update(result.origins)
    into.notes += result.notes
    into.skipped += result.skipped
    into.dropped.update(result.dropped)


def _other_languages_beside(path: Path) -> list[Path]:
    """The packs an export wrote beside `path` for its other languages (my-phrases.es.toml)."""
    found = (path.with_name(f"{path.stem}.{lang}{path.suffix}") for lang in SUPPORTED)
    return [p for p in found if p != path and p.is_file()]


def import_calmdesk_text(text: str, source: str) -> ImportResult:
    """Every phrase of a sound pack with its own id; a pack with any problem is refused whole."""
    pack = read_pack_text(text, source)
    if pack.problems:
        first = pack.problems[0]
        more = len(pack.problems) - 1
        others = "; ".join(p.message for p in pack.problems[1:MAX_PROBLEMS_SHOWN])
        tail = " " + _("(and {count} more: {problems})").format(count=more, problems=others) if more else ""
        raise ImportFailed(first.message + tail, source, first.line)
    result = ImportResult()
    name = pack.info.name if pack.info else Path(source).name
    for phrase in pack.phrases:
        result.phrases.append(phrase)
        result.origins[phrase.id] = f"calmdesk pack {name}"
    return result


def export_toml(
    phrases: Sequence[Phrase], *, pack_id: str, name: str, version: str = "1.0.0", lang: str = "en"
) -> str:
    """A pack in `lang` (its phrases' language) that `calmdesk pack check` accepts and `import_calmdesk`
    reads back to equal phrases."""
    entries = []
    for phrase in phrases:
        entry: dict[str, object] = {
            "id": phrase.id,
            "category": phrase.category,
            "title": phrase.title,
            "text": phrase.text,
        }
        if phrase.tags:
            entry["tags"] = list(phrase.tags)
        if phrase.channels != CHANNELS:
            entry["channels"] = list(phrase.channels)
        if phrase.step:
            entry["step"] = phrase.step
        entries.append(entry)
    doc = {"pack": {"id": pack_id, "name": name, "language": lang, "version": version}, "phrase": entries}
    return tomli_w.dumps(doc, multiline_strings=True)


def export_packs(
    phrases: Sequence[Phrase], *, pack_id: str, name: str, first: str = ENGLISH
) -> dict[str, str]:
    """A pack per language (a pack has one): language -> its text; `first` first, then CalmDesk's languages
    in their order, then any other. The first pack keeps `pack_id`; the others add their language to it,
    since two loaded packs never share an id."""
    by_lang: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        by_lang.setdefault(phrase.lang, []).append(phrase)
    order = [lang for lang in dict.fromkeys((first, *SUPPORTED, *by_lang)) if lang in by_lang]
    return {
        lang: export_toml(
            by_lang[lang], pack_id=pack_id if n == 0 else f"{pack_id}-{lang}", name=name, lang=lang
        )
        for n, lang in enumerate(order)
    }


def export_csv(phrases: Sequence[Phrase]) -> str:
    """One row per phrase (a row per language's version) under a header CalmDesk's CSV import reads back
    (tags and channels with ";").

    A cell that would run as a formula in a spreadsheet is written behind an apostrophe; the import takes
    it off again.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in phrases:
        cells = [
            p.id,
            p.title,
            p.text,
            p.category,
            ";".join(p.tags),
            ";".join(p.channels),
            p.step or "",
            p.lang,
        ]
        writer.writerow([safe_cell(cell) for cell in cells])  # as history CSV: never a formula
    return out.getvalue()
