"""Importers and exporters: snippets from other tools (Espanso, Beeftext, CSV) and CalmDesk packs.

`read_import(kind, path, ...)` is the one entry point; each format lives in its own module. All pure Python,
no Qt, and nothing read is ever run.
"""

from __future__ import annotations

from pathlib import Path

from calmdesk.core.importers.beeftext import import_beeftext
from calmdesk.core.importers.calmdesk_toml import export_csv, export_packs, export_toml, import_calmdesk
from calmdesk.core.importers.common import DEFAULT_CATEGORY, ImportFailed, ImportResult, Skipped, keep_rules
from calmdesk.core.importers.csvfile import import_csv
from calmdesk.core.importers.espanso import import_espanso
from calmdesk.core.importers.plan import ImportPlan, plan_import
from calmdesk.core.languages import ENGLISH, SUPPORTED
from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import unknown_language

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "ImportFailed",
    "ImportPlan",
    "ImportResult",
    "Skipped",
    "export_csv",
    "export_packs",
    "export_toml",
    "plan_import",
    "read_import",
]

IMPORT_FORMATS = ("calmdesk", "csv", "espanso", "beeftext")
EXPORT_FORMATS = ("calmdesk", "csv")


def read_import(
    kind: str,
    path: Path,
    *,
    taken: set[str],
    default_category: str = DEFAULT_CATEGORY,
    lang: str = ENGLISH,
) -> ImportResult:
    """Read `path` as `kind` (one of IMPORT_FORMATS). Raises ImportFailed with file and line where known.

    Each phrase is in `lang` (a code of `core.languages.SUPPORTED`) unless the file says its own: a CSV's
    `lang` column, a CalmDesk pack's language. A CSV row may give an id again in another language: a
    version of the same phrase.

    Beeftext exports JSON and CSV: a `.csv` path given as beeftext is read as CSV (keyword, snippet, name).
    Every phrase is held to CalmDesk's limits and character rules (common.keep_rules), so what is imported
    can be exported and read back.
    """
    if lang not in SUPPORTED:
        raise ImportFailed(unknown_language(lang))
    return keep_rules(_read(kind, path, taken, default_category, lang), str(path), lang)


def _read(kind: str, path: Path, taken: set[str], default_category: str, lang: str) -> ImportResult:
    if kind == "calmdesk":
        return import_calmdesk(path)
    if kind == "espanso":
        return import_espanso(path, taken=taken, default_category=default_category)
    if kind == "beeftext" and path.suffix.lower() != ".csv":
        return import_beeftext(path, taken=taken, default_category=default_category)
    if kind in ("csv", "beeftext"):
        return import_csv(path, taken=taken, default_category=default_category, origin=kind, lang=lang)
    words = _("unknown format {format}; use one of {formats}")
    raise ImportFailed(words.format(format=repr(kind), formats=", ".join(IMPORT_FORMATS)))
