"""What an export writes, for the command line and the editor alike: a CSV with a `lang` column, or a
CalmDesk pack per language (a pack has one), the first at the path asked for, the others beside it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from calmdesk.core.importers.calmdesk_toml import export_csv, export_packs, export_toml
from calmdesk.core.model import Phrase

PACK_ID = "my-phrases"


@dataclass(frozen=True, slots=True)
class ExportFile:
    path: Path
    text: str
    phrases: int


def export_files(
    phrases: Sequence[Phrase], path: Path, *, as_csv: bool, language: str, name: str
) -> list[ExportFile]:
    """The files to write. `language`: the content language, which a phrase saved before phrases had
    languages (lang "") is in, and whose pack goes to `path` itself (my-phrases.toml, my-phrases.es.toml).
    A folder `path` gets them inside it, named my-phrases: the folder `import calmdesk` reads back whole."""
    if path.is_dir():
        path = path / f"{PACK_ID}{'.csv' if as_csv else '.toml'}"
    phrases = [p if p.lang else replace(p, lang=language) for p in phrases]
    if as_csv:
        return [ExportFile(path, export_csv(phrases), len(phrases))]
    counts = Counter(p.lang for p in phrases)
    packs = export_packs(phrases, pack_id=PACK_ID, name=name, first=language) or {
        language: export_toml([], pack_id=PACK_ID, name=name, lang=language)
    }
    return [
        ExportFile(path if n == 0 else _beside(path, lang), text, counts[lang])
        for n, (lang, text) in enumerate(packs.items())
    ]


def _beside(path: Path, lang: str) -> Path:
    return path.with_name(f"{path.stem}.{lang}{path.suffix or '.toml'}")
