"""All loaded content in one object: built-in packs, then the user's, then team folders, problems listed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from calmdesk.core import content
from calmdesk.core.model import Category, ChecklistStep, PackInfo, Phrase, Problem
from calmdesk.core.packs import LoadedPack, duplicate_problem, read_pack_file


@dataclass(slots=True)
class Library:
    """The phrases of every pack that loaded cleanly, in load order; `skipped` names the packs refused."""

    phrases: tuple[Phrase, ...] = ()
    packs: tuple[PackInfo, ...] = ()
    categories: dict[str, Category] = field(default_factory=dict)  # in CATEGORY_KEYS order
    checklist: tuple[ChecklistStep, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    _by_id: dict[str, Phrase] = field(init=False, repr=False, compare=False)
    _steps: dict[str, ChecklistStep] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id = {}
        for phrase in self.phrases:
            self._by_id.setdefault(phrase.id, phrase)
        self._steps = {step.key: step for step in self.checklist}

    def get(self, phrase_id: str) -> Phrase | None:
        return self._by_id.get(phrase_id)

    def step(self, key: str) -> ChecklistStep | None:
        return self._steps.get(key)


def load_library(
    extra_dirs: Iterable[Path] = (), *, user_dir: Path | None = None, language: str = "en"
) -> Library:
    """Built-in content, then `user_dir` (when present), then each of `extra_dirs`; never raises on content.

    A pack with any problem is skipped whole (see `packs`). A phrase id already loaded is reported, naming
    both files, and the first one kept; so is a pack id, and the later pack is skipped.
    """
    problems: list[Problem] = []
    categories, found = content.load_categories()
    problems += found
    checklist, found = content.load_checklist()
    problems += found
    loaded, found = content.builtin_packs(language)
    problems += found
    if user_dir is not None and user_dir.exists():
        loaded += _folder_packs(user_dir, problems)
    for folder in extra_dirs:
        folder = Path(folder)
        if not folder.exists():
            problems.append(Problem(str(folder), "pack folder not found"))
        else:
            loaded += _folder_packs(folder, problems)
    return _merge(loaded, categories, checklist, problems)


def _folder_packs(folder: Path, problems: list[Problem]) -> list[LoadedPack]:
    """The *.toml packs of `folder` in name order (so a library loads the same way every time)."""
    if folder.is_file():  # a single pack named in place of a folder is taken as it is
        return [read_pack_file(folder)]
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix == ".toml" and not p.is_dir())
    except OSError as exc:
        problems.append(Problem(str(folder), f"cannot read the pack folder: {exc.strerror or exc}"))
        return []
    return [read_pack_file(path) for path in files]


def _merge(
    loaded: list[LoadedPack],
    categories: dict[str, Category],
    checklist: tuple[ChecklistStep, ...],
    problems: list[Problem],
) -> Library:
    phrases: list[Phrase] = []
    packs: list[PackInfo] = []
    skipped: list[str] = []
    phrase_sources: dict[str, str] = {}
    pack_sources: dict[str, str] = {}
    for pack in loaded:
        problems += pack.problems
        if pack.problems or pack.info is None:
            skipped.append(pack.source)
            continue
        if pack.info.id in pack_sources:
            message = (
                f'pack id "{pack.info.id}" is already used by {pack_sources[pack.info.id]}; pack skipped'
            )
            problems.append(Problem(pack.source, message))
            skipped.append(pack.source)
            continue
        pack_sources[pack.info.id] = pack.source
        packs.append(pack.info)
        for phrase in pack.phrases:
            if phrase.id in phrase_sources:
                problems.append(duplicate_problem(pack, phrase.id, phrase_sources[phrase.id]))
            else:
                phrase_sources[phrase.id] = pack.source
                phrases.append(phrase)
    return Library(tuple(phrases), tuple(packs), categories, checklist, problems, skipped)
