"""All loaded content in one object: built-in packs, then the user's, then team folders, problems listed."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from calmdesk.core.languages import SUPPORTED, resolve
from calmdesk.core.model import BUILTIN_SOURCE_PREFIX, Category, ChecklistStep, PackInfo, Phrase, Problem

if TYPE_CHECKING:
    from calmdesk.core.pack_memo import PackMemo
    from calmdesk.core.packs import LoadedPack
    from calmdesk.core.search.vocabulary import Vocabulary

# Agents' words a team adds to the search, in a pack folder; never read as a pack (core.search.vocabulary).
VOCABULARY_FILE = "vocabulary.toml"


@dataclass(slots=True)
class Library:
    """The phrases of every pack that loaded cleanly, in load order; `skipped` names the packs refused.

    `phrases` holds one version of each phrase id: the one in `language`, else the English one (a fallback,
    told by its `lang`); a phrase in neither is not shown. `versions` holds the phrases' other languages;
    `in_language` gives the same library seen in another language (see `core.language_view`).
    """

    phrases: tuple[Phrase, ...] = ()
    packs: tuple[PackInfo, ...] = ()
    categories: dict[str, Category] = field(default_factory=dict)  # in CATEGORY_KEYS order
    checklist: tuple[ChecklistStep, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    # The search's agents' words with the `vocabulary.toml` of the user and team pack folders added; None:
    # the built-in vocabulary alone.
    vocabulary: Vocabulary | None = None
    language: str = "en"
    versions: tuple[Phrase, ...] = ()
    # The built-in languages read: the one shown and English (its fallback); `in_language` reads another
    # on first use, so a start reads two languages' packs, not five.
    builtin: tuple[str, ...] = ()
    # Each category's English "when" text (else its description), in a library shown in another language:
    # search finds a category by it too. Carried here (and in the library cache) so that a start reads no
    # English content file to build the index.
    english_hints: dict[str, str] = field(default_factory=dict)
    _by_id: dict[str, Phrase] = field(init=False, repr=False, compare=False)
    _steps: dict[str, ChecklistStep] = field(init=False, repr=False, compare=False)
    _langs: dict[str, dict[str, Phrase]] | None = field(init=False, repr=False, compare=False)
    _views: dict[str, Library] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id = {}
        for phrase in self.phrases:
            self._by_id.setdefault(phrase.id, phrase)
        self._steps = {step.key: step for step in self.checklist}
        self._langs = None  # made on first use: 300,000 small dicts cost a `calmdesk search` 0.5 s unused
        self._views = {}

    def _by_lang(self) -> dict[str, dict[str, Phrase]]:
        """Id -> language -> phrase, the shown version first (a user's copy wins)."""
        if self._langs is None:
            langs: dict[str, dict[str, Phrase]] = {}
            for phrase in (*self.phrases, *self.versions):
                langs.setdefault(phrase.id, {}).setdefault(phrase.lang, phrase)
            self._langs = langs  # whole or not at all: another thread may read it meanwhile
        return self._langs

    def get(self, phrase_id: str) -> Phrase | None:
        return self._by_id.get(phrase_id)

    def languages_of(self, phrase_id: str) -> tuple[str, ...]:
        """The languages phrase `phrase_id` is written in, sorted ("" for none: no such phrase)."""
        return tuple(sorted(self._by_lang().get(phrase_id, ())))

    def version(self, phrase_id: str, lang: str) -> Phrase | None:
        """Phrase `phrase_id` in `lang`; without that version the English one, else the one shown. The
        caller tells a fallback by `phrase.lang != lang`."""
        found = self._by_lang().get(phrase_id)
        if not found:
            return None
        return found.get(lang) or found.get("en") or self._by_id.get(phrase_id)

    def in_language(self, lang: str) -> Library:
        """This library seen in `lang`: its phrases, categories, checklist and search words (kept)."""
        if lang == self.language:
            return self
        view = self._views.get(lang)
        if view is None:
            from calmdesk.core.language_view import library_in

            view = self._views[lang] = library_in(self, lang)
        return view

    def step(self, key: str) -> ChecklistStep | None:
        return self._steps.get(key)


class LibrarySettings(Protocol):
    """What decides the library: `calmdesk.store.settings.Settings` fits (core cannot import store)."""

    @property
    def language(self) -> str: ...

    @property
    def pack_dirs(self) -> tuple[str, ...]: ...


def load_configured(
    settings: LibrarySettings,
    extra_dirs: Iterable[Path] = (),
    *,
    user_dir: Path | None = None,
    cache_dir: Path | None = None,
    language: str | None = None,
    memo: PackMemo | None = None,
) -> Library:
    """What the app and the CLI both load: the settings' language and pack folders, then `extra_dirs`.

    Shown in `language` (a --lang) when given, else in the settings' language, else the locale's
    (`core.languages.resolve`).

    `cache_dir`: the team folders' last good copies, `memo` the files read before (see `load_library`).
    `core.library_cache.
    load_configured` is the same, read from a current cache of it instead of parsing the packs.
    """
    problems: list[Problem] = []
    dirs = configured_dirs(settings, extra_dirs, problems)
    language = resolve(language, settings.language, os.environ)
    library = load_library(dirs, user_dir=user_dir, language=language, cache_dir=cache_dir, memo=memo)
    library.problems[:0] = problems
    return library


def configured_dirs(
    settings: LibrarySettings, extra_dirs: Iterable[Path], problems: list[Problem]
) -> list[Path]:
    """The settings' pack folders (a folder that cannot be used goes into `problems`), then `extra_dirs`."""
    return [*expand_pack_dirs(settings.pack_dirs, problems), *extra_dirs]


def expand_pack_dirs(folders: Iterable[str], problems: list[Problem] | None = None) -> list[Path]:
    """The settings' folders with `~` expanded; one naming an unknown user ("~nosuchuser/team") is skipped.

    Path.expanduser raises RuntimeError for it, which took every command down; like a missing folder it
    is the entry's own problem.
    """
    result: list[Path] = []
    for folder in folders:
        try:
            result.append(Path(folder).expanduser())
        except RuntimeError:
            if problems is not None:
                problems.append(Problem(folder, "no such user's home folder: this pack folder is skipped"))
    return result


def load_library(
    extra_dirs: Iterable[Path] = (),
    *,
    user_dir: Path | None = None,
    language: str = "en",
    cache_dir: Path | None = None,
    memo: PackMemo | None = None,
) -> Library:
    """Built-in content, then `user_dir` (when present), then each of `extra_dirs`; never raises on content.

    A pack with any problem is skipped whole (see `packs`). A phrase id already loaded is reported, naming
    both files, and the first one kept; so is a pack id, and the later pack is skipped. A file reached twice
    (a folder named in the settings and on the command line) is read once. With `cache_dir`, each team
    folder's sound packs are copied there, and a folder that cannot be reached is read from that copy
    (with a problem saying so; see `team_cache`). With `memo`, a file unchanged since it was last read
    there is not parsed again (the running app's reloads).
    """
    from calmdesk.core import content  # the pack readers, only when the packs are read (not from the cache)
    from calmdesk.core.language_view import split_versions

    problems: list[Problem] = []
    available = content.builtin_languages()
    loaded: list[LoadedPack] = []
    english_read = False
    if language not in available and language not in SUPPORTED:
        loaded, found = content.builtin_packs(language)  # English, and a problem that says so
        problems += found
        language, english_read = "en", True
    # The language shown first (its order is the library's), then English, its fallback; other languages are
    # read when the library is first shown in them (`in_language`). A supported language without phrases of
    # its own yet is shown all in English, each marked a fallback.
    read = [lang for lang in dict.fromkeys((language, "en")) if lang in available]
    for lang in read:
        if not (english_read and lang == "en"):
            packs, found = content.builtin_packs(lang)
            loaded += packs
            problems += found
    categories, found = content.load_categories(language)
    problems += found
    checklist, found = content.load_checklist(language)
    problems += found
    seen: set[Path] = set()
    folders = [user_dir] if user_dir is not None and user_dir.exists() else []
    if user_dir is not None and user_dir.exists():
        loaded += _read(pack_files(user_dir, problems), seen, memo)
    for folder in extra_dirs:
        loaded += _read_team_folder(Path(folder), problems, seen, cache_dir, memo)
        folders.append(Path(folder))
    merged = _merge(loaded, problems)
    if memo is not None:
        memo.keep_only({Path(pack.source) for pack in loaded})
    vocabulary = _team_vocabulary(folders, problems, language)
    shown, versions = split_versions(merged.phrases, language)
    english_hints = content.english_hints() if language != "en" else {}
    return Library(
        shown,
        merged.packs,
        categories,
        checklist,
        problems,
        merged.skipped,
        vocabulary,
        language,
        versions,
        tuple(read),
        english_hints,
    )


def _team_vocabulary(
    folders: Iterable[Path], problems: list[Problem], language: str = "en"
) -> Vocabulary | None:
    """The built-in vocabulary of `language` plus each folder's `vocabulary.toml` (agents' words a team
    adds); None when that is the English one alone."""
    files = list(dict.fromkeys(f / VOCABULARY_FILE for f in folders if (f / VOCABULARY_FILE).exists()))
    if not files and language == "en":
        return None
    from calmdesk.core.search import vocabulary as search_vocabulary  # only when a folder has one

    vocabulary, found = search_vocabulary.load(files, language)
    problems += found
    return vocabulary


def _read_team_folder(
    folder: Path, problems: list[Problem], seen: set[Path], cache_dir: Path | None, memo: PackMemo | None
) -> list[LoadedPack]:
    from calmdesk.core import team_cache

    if cache_dir is not None and not _readable_dir(folder) and not folder.is_file():
        cached = team_cache.cached_copy(cache_dir, folder)
        if cached is not None:
            copies, problem = cached
            problems.append(problem)
            return _read(copies, seen, memo)
    files = pack_files(folder, problems)
    packs = _read(files, seen, memo)
    if cache_dir is not None and _readable_dir(folder):
        kept = [team_cache.unless_shrinking(pack, folder, cache_dir, problems) for pack in packs]
        # What reads well now replaces its copy; a file held back or broken keeps the copy it has.
        sound = [
            Path(p.source) for p, k in zip(packs, kept, strict=True) if k is p and team_cache.is_sound(p)
        ]
        team_cache.refresh(cache_dir, folder, sound, {f.name for f in files or []})
        packs = [team_cache.last_good(pack, folder, cache_dir, problems) for pack in kept]
    return packs


def _readable_dir(folder: Path) -> bool:
    try:
        return folder.is_dir() and os.access(folder, os.R_OK | os.X_OK)
    except OSError:
        return False


def check_packs(
    paths: Iterable[Path], loaded_library: Library | None = None
) -> tuple[list[str], list[Problem]]:
    """`pack check`: the pack files read and every problem, by the very rules `load_library` applies.

    A folder means its *.toml files; a folder or argument that holds no pack file is a problem too, so a
    mistyped folder never passes as "ok". With `loaded_library` (what the app loads: built-in, user and
    team packs), a pack or phrase id already used by a loaded pack in another file is a problem too: at
    load the later one would be skipped or ignored.
    """
    problems: list[Problem] = []
    loaded: list[LoadedPack] = []
    seen: set[Path] = set()
    for path in paths:
        files = pack_files(Path(path), problems)
        if Path(path).is_dir() and (Path(path) / VOCABULARY_FILE).exists():
            _team_vocabulary([Path(path)], problems)  # checked by the same rules the search reads it by
        if files == [] and Path(path).is_dir():
            problems.append(Problem(str(path), "no pack files (*.toml) in this folder"))
        loaded += _read(files, seen)
    _merge(loaded, problems)
    if loaded_library is not None:
        problems += _clashes_with_loaded(loaded, loaded_library)
    return [pack.source for pack in loaded], problems


def _clashes_with_loaded(checked: list[LoadedPack], library: Library) -> list[Problem]:
    """Ids of the checked files that a pack loaded from another file already uses."""
    own = {_resolved(Path(pack.source)) for pack in checked}
    pack_files = {info.id: info.source for info in library.packs}
    phrase_files = {(p.lang, p.id): pack_files.get(p.pack, "") for p in (*library.phrases, *library.versions)}
    found: list[Problem] = []
    for pack in checked:
        if pack.info is not None:
            other = pack_files.get(pack.info.id)
            if other and _resolved(Path(other)) not in own:
                message = (
                    f'pack id "{pack.info.id}" is already used by {other}, which is loaded; pack skipped'
                )
                found.append(Problem(pack.source, message))
        lang = pack.info.lang if pack.info is not None else "en"
        replaces = pack.info is not None and pack.info.replaces_builtin
        for phrase_id, line in pack.lines.items():
            other = phrase_files.get((lang, phrase_id))
            if replaces and other and other.startswith(BUILTIN_SOURCE_PREFIX):
                continue  # the team's register: its version takes the built-in one's place at load
            if other and _resolved(Path(other)) not in own:
                message = f'id "{phrase_id}" is already used by {other}, which is loaded; this one is ignored'
                found.append(Problem(pack.source, message, line, phrase_id))
    return found


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def pack_files(path: Path, problems: list[Problem]) -> list[Path] | None:
    """The pack files `path` stands for: itself when a file, else its *.toml entries in name order.

    Name order, so a library loads the same way every time. Entries are not filtered by is_file(): a
    dangling link, a FIFO or a device is handed to the reader, which reports it as skipped rather than
    dropping it silently. None (with a problem) when unusable.
    """
    if not path.exists():
        problems.append(Problem(str(path), "no such pack file or folder"))
        return None
    if not path.is_dir():  # a single pack named in place of a folder is taken as it is; the reader refuses
        return [path]  # a FIFO or a device named here just as one found inside a folder
    try:
        # vocabulary.toml is no pack: it holds the agents' words a team adds to the search.
        entries = (p for p in path.iterdir() if p.suffix == ".toml" and p.name != VOCABULARY_FILE)
        return sorted(p for p in entries if not p.is_dir())
    except OSError as exc:
        problems.append(Problem(str(path), f"cannot read the pack folder: {exc.strerror or exc}"))
        return None


def _read(files: list[Path] | None, seen: set[Path], memo: PackMemo | None = None) -> list[LoadedPack]:
    """Read each file not read before; `seen` holds resolved paths, so `a.toml` and `./a.toml` are one."""
    from calmdesk.core.packs import read_pack_file

    read = memo.read if memo is not None else read_pack_file
    packs: list[LoadedPack] = []
    folders: dict[Path, Path] = {}  # a folder's resolved path: resolved once, not once per file in it
    for file in files or []:
        try:
            if file.is_symlink():
                key = file.resolve()
            else:
                if file.parent not in folders:
                    folders[file.parent] = file.parent.resolve()
                key = folders[file.parent] / file.name
        except (OSError, RuntimeError):  # a symlink loop (RuntimeError on 3.11): read_pack_file reports it
            key = file.absolute()
        if key not in seen:
            seen.add(key)
            packs.append(read(file))
    return packs


@dataclass(slots=True)
class _Merged:
    phrases: tuple[Phrase, ...]
    packs: tuple[PackInfo, ...]
    skipped: list[str]


def _merge(loaded: list[LoadedPack], problems: list[Problem]) -> _Merged:
    """Keep the sound packs in order; a pack id or phrase id seen before is reported and the first kept.

    Except where a team pack says `replaces_builtin = true`: its version of a built-in phrase (the same id in
    the same language) takes the built-in one's place, so a team can speak "tú" where CalmDesk says "usted".
    """
    from calmdesk.core.packs import duplicate_problem

    phrases: list[Phrase] = []
    packs: list[PackInfo] = []
    skipped: list[str] = []
    # One id may have one version per language: only the same id in the same language is a duplicate.
    phrase_sources: dict[tuple[str, str], str] = {}
    where: dict[tuple[str, str], int] = {}  # each kept phrase's place in `phrases`, for a replacement
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
            key = (phrase.lang, phrase.id)
            first = phrase_sources.get(key)
            if first is None:
                phrase_sources[key], where[key] = pack.source, len(phrases)
                phrases.append(phrase)
            elif pack.info.replaces_builtin and first.startswith(BUILTIN_SOURCE_PREFIX):
                phrase_sources[key] = pack.source  # a second team version is a duplicate of this one
                phrases[where[key]] = phrase
            else:
                problems.append(duplicate_problem(pack, phrase.id, first))
    return _Merged(tuple(phrases), tuple(packs), skipped)
