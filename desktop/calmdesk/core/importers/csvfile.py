"""CSV to phrases: CalmDesk's own columns (a header row), the TextExpander layout and Beeftext's CSV.

UTF-8 with or without a BOM, UTF-16, or Excel's Windows-1252; quoted fields may span lines. Problems name the
file and the line.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from calmdesk.core.csv_cells import read_cell
from calmdesk.core.importers.beeftext import convert_variables
from calmdesk.core.importers.beeftext_keywords import RepeatedCombos, keyed_snippets, note_shared_keywords
from calmdesk.core.importers.common import (
    ONLY_BLANKS_REASON,
    USER_ID,
    IdMaker,
    ImportFailed,
    ImportResult,
    Skipped,
    checked_text,
    guess_category,
    make_phrase,
    only_blanks,
    title_from,
)
from calmdesk.core.importers.csv_foreign import folder_path, foreign_text
from calmdesk.core.importers.csv_rows import csv_rows
from calmdesk.core.importers.import_files import decode_any_text, read_limited
from calmdesk.core.languages import content_language
from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import number, unknown_language
from calmdesk.core.model import CATEGORY_KEYS, CHANNELS, STEP_KEYS
from calmdesk.core.phrase_rules import MAX_ID_CHARS, MAX_TEXT_CHARS

# Header names each column may go by (lowercase); the first name is the canonical one.
# A sheet made in Europe often names them in its own language (German, French, Spanish, Italian).
_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("title", "name", "label", "titel", "titre", "título", "titulo", "titolo"),
    "text": (
        *("text", "body_plain_text", "plain text", "content", "snippet", "phrase", "body"),
        *("texte", "texto", "testo"),
        # Help desks' canned responses and saved replies (Freshdesk, Help Scout, Gorgias, sheets of macros).
        *("message", "response", "reply", "answer", "template", "body_text", "body text"),
        *("nachricht", "antwort", "vorlage", "réponse", "modèle", "respuesta", "mensaje", "plantilla"),
        *("resposta", "mensagem", "modelo"),
        *("comment", "comment_value"),  # a Zendesk macro's reply is its comment
    ),
    "category": ("category", "kategorie", "catégorie", "categorie", "categoría", "categoria"),
    "tags": ("tags", "keywords"),
    "channels": ("channels",),
    "step": ("step",),
    "trigger": ("trigger", "abbreviation", "keyword", "shortcut", "short_code"),  # short_code: Chatwoot
    "id": ("id",),
    "lang": ("lang", "language", "sprache", "langue", "idioma", "lingua", "língua"),
}
# Without a header: TextExpander exports abbreviation, content, label; Beeftext keyword, snippet, name.
_HEADERLESS = ("trigger", "text", "title")
_DELIMITERS = (",", ";", "\t")
_SEP_LINE = re.compile(r"sep=([,;\t|])", re.IGNORECASE)


def import_csv(
    path: Path, *, taken: set[str], default_category: str, origin: str = "csv", lang: str = "en"
) -> ImportResult:
    source = str(path)
    # Excel's plain "CSV" is the Windows code page, read as such; its "CSV UTF-8" is the better choice.
    hint = " " + _('(in Excel: "CSV UTF-8")')
    text, read_as = decode_any_text(read_limited(path), source, hint=hint)
    result = import_csv_text(
        text, source, taken=taken, default_category=default_category, origin=origin, lang=lang
    )
    if read_as:
        result.notes.insert(0, read_as)
    return result


def import_csv_text(
    text: str,
    source: str,
    *,
    taken: set[str],
    default_category: str,
    origin: str = "csv",
    lang: str = "en",
) -> ImportResult:
    """The phrases of a CSV text; a row without a `lang` cell is in `lang`. One id may come once per
    language (CalmDesk's export writes a row per version)."""
    text, delimiter = _delimiter(text.lstrip("\ufeff"))
    result = ImportResult()
    rows = csv_rows(text, source, delimiter, result)
    if not rows:
        raise ImportFailed(_("the file is empty"), source)
    columns = _header(rows[0][1])
    if columns is None:
        if all(len(row) < 2 for _, row in rows):
            message = _("no header row naming a text column, and not the trigger, text, title layout")
            raise ImportFailed(message, source, rows[0][0])
        columns = {name: index for index, name in enumerate(_HEADERLESS)}
        body = rows
        result.notes.append(
            f"{source}: " + _("no header row; read as trigger, text, title (TextExpander, Beeftext)")
        )
    else:
        body = rows[1:]
        if "text" not in columns:
            raise ImportFailed(
                _("the header has no text column (text, content or snippet)"), source, rows[0][0]
            )
    rows_read = _RowReader(columns, source, result, IdMaker(taken), default_category, origin, lang)
    if origin == "beeftext":
        rows_read.snippets = _keyed_snippets(body, columns)
        note_shared_keywords(rows_read.snippets, source, result)
    for line, row in body:
        rows_read.read(row, line)
    return result


def _keyed_snippets(body: list[tuple[int, list[str]]], columns: dict[str, int]) -> dict[str, list[str]]:
    """Beeftext's keyword -> snippets of every row: #{combo:::sig} in one row puts in the row keyed ::sig."""
    key, text = columns.get("trigger"), columns["text"]
    if key is None:
        return {}
    return keyed_snippets((row[key].strip(), row[text]) for _, row in body if max(key, text) < len(row))


def _delimiter(text: str) -> tuple[str, str]:
    """The text to read and its delimiter: Excel's "sep=;" first line says it (and is blanked, so lines
    keep their numbers); else the first of , ; tab that makes the first line a header; else a comma.

    Excel in most European locales saves CSV with semicolons, and "Unicode Text" with tabs.
    """
    first, newline, rest = text.partition("\n")
    declared = _SEP_LINE.fullmatch(first.strip())
    if declared:
        return newline + rest, declared.group(1)
    for delimiter in _DELIMITERS:
        try:
            row = next(csv.reader([first.rstrip("\r")], delimiter=delimiter), [])
        except csv.Error:
            continue  # the full read below names the file and line
        if _header(row) is not None:
            return text, delimiter
    # No header CalmDesk knows: the delimiter the first line has most of (a headerless TextExpander export
    # saved by European Excel has semicolons), so the rows read as rows and a refusal can say why.
    counts = {delimiter: first.count(delimiter) for delimiter in _DELIMITERS}
    most = max(counts, key=lambda delimiter: counts[delimiter])
    return text, most if counts[most] else ","


def _header(row: list[str]) -> dict[str, int] | None:
    """Column name -> index when `row` is a header, else None.

    A header names two columns CalmDesk knows, or its text or title column: "Title;Body HTML" is a header
    without a text column (refused, saying so), not a first snippet titled "Body HTML".
    """
    best: dict[str, tuple[int, int]] = {}  # column -> (rank of the name among its aliases, index)
    for index, cell in enumerate(row):
        name = cell.strip().lower()
        for column, aliases in _COLUMNS.items():
            # The better name wins: Briskine's "body_plain_text" over its HTML "body".
            if name in aliases and (column not in best or aliases.index(name) < best[column][0]):
                best[column] = (aliases.index(name), index)
    found = {column: index for column, (_rank, index) in best.items()}
    return found if len(found) >= 2 or {"text", "title"} & found.keys() else None


@dataclass(slots=True)
class _RowReader:
    """Reads the rows of one file into `result`; remembers which ids (and languages) the file gave."""

    columns: dict[str, int]
    source: str
    result: ImportResult
    ids: IdMaker
    default_category: str
    origin: str
    lang: str
    given: dict[str, set[str]] = field(default_factory=dict)  # id from the file -> languages read
    snippets: dict[str, list[str]] = field(default_factory=dict)  # Beeftext keyword -> snippets, #{combo:}
    repeats: RepeatedCombos = field(default_factory=RepeatedCombos)  # Beeftext's same combo twice

    def read(self, row: list[str], line: int) -> None:
        def cell(name: str) -> str:
            index = self.columns.get(name)
            # read_cell: a formula cell CalmDesk's (or any careful) export wrote as text is read as it was.
            return read_cell(row[index].strip()) if index is not None and index < len(row) else ""

        where = f"{self.source}:{line}"
        text, trigger = cell("text").replace("\r\n", "\n"), cell("trigger")
        written_title, folders = folder_path(cell("title"))
        title = title_from(written_title, text, trigger)
        lang = content_language(cell("lang")) if cell("lang") else self.lang
        if lang is None:  # a typo must not become a language nobody reads in: said, and the row left out
            self.result.skipped.append(Skipped(where, title, unknown_language(cell("lang"))))
            return
        if not text:
            self.result.skipped.append(Skipped(where, title, _("the text is empty")))
            return
        if len(text) > MAX_TEXT_CHARS:  # said here, before any work on it; keep_rules would say the same
            reason = _("the text is {length} characters long; at most {limit} are allowed").format(
                length=number(len(text)), limit=number(MAX_TEXT_CHARS)
            )
            self.result.skipped.append(Skipped(where, title, reason))
            return
        if self.origin == "csv":
            # Other tools' markup: TextExpander macros, an HTML body, a help desk's {{ticket.name}}.
            text = foreign_text(text, where, self.result)
            title = title_from(written_title, text, trigger)
        if self.origin == "beeftext":
            repeated = self.repeats.repeat_of(trigger, cell("title"), text, where)
            if repeated:
                self.result.skipped.append(Skipped(where, title, repeated))
                return
            # Beeftext's CSV export holds the same #{...} variables as its JSON one: read them the same way.
            text = convert_variables(text, self.snippets, where, self.result, trigger).strip()
            title = title_from(written_title, text, trigger)
            if not text:
                self.result.skipped.append(
                    Skipped(where, title, _("its snippet is empty once variables are read"))
                )
                return
        if checked_text(text) is None:
            self.result.skipped.append(
                Skipped(where, title, _("its text holds braces CalmDesk cannot read as blanks"))
            )
            return
        if only_blanks(text):
            self.result.skipped.append(Skipped(where, title, _(ONLY_BLANKS_REASON)))
            return
        # "Follow-up" and "follow up" as people write it in a sheet: the key is follow_up.
        category = "_".join(cell("category").lower().replace("-", " ").split())
        if category and category not in CATEGORY_KEYS:
            self.result.notes.append(
                f"{where}: "
                + _('unknown category "{category}"; guessed from the words instead').format(
                    category=cell("category")
                )
            )
            category = ""
        step = cell("step").lower() or None
        if step is not None and step not in STEP_KEYS:
            self.result.notes.append(
                f"{where}: " + _('unknown checklist step "{step}" left out').format(step=step)
            )
            step = None
        channels = tuple(c for c in _split(cell("channels")) if c in CHANNELS) or CHANNELS
        tags = ([trigger] if trigger else []) + _split(cell("tags")) + folders
        category = category or guess_category(title, text, self.default_category)
        phrase_id = self._phrase_id(cell("id"), lang, title)
        self.result.phrases.append(make_phrase(phrase_id, title, text, category, tags, channels, step, lang))
        self.result.origins[phrase_id] = f"{self.origin}: {Path(self.source).name}"

    def _phrase_id(self, wanted: str, lang: str, title: str) -> str:
        """An id of the user's own or of a loaded phrase (an export read back: the user's copy of a built-in
        keeps its id) is kept, so the plan can tell "already there" from "customize" or "would overwrite";
        so is an id the file gave before in another language (another version of that phrase). A new one is
        made when the file has none or repeats one in the same language."""
        ours = USER_ID.fullmatch(wanted) or (wanted in self.ids.taken and len(wanted) <= MAX_ID_CHARS)
        langs = self.given.get(wanted)
        if ours and (wanted not in self.ids.made or (langs is not None and lang not in langs)):
            self.given.setdefault(wanted, set()).add(lang)
            self.ids.taken.add(wanted)
            self.ids.made.add(wanted)
            return wanted
        return self.ids.make(title)


def _split(value: str) -> list[str]:
    separator = ";" if ";" in value else ","
    return [part.strip() for part in value.split(separator) if part.strip()]
