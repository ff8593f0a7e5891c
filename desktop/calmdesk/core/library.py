"""Loading the library: built-in packs, then the user's, then team folders, problems listed; packs checked."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from calmdesk.core.languages import SUPPORTED, resolve
from calmdesk.core.library_model import Library, LibrarySettings
from calmdesk.core.model import BUILTIN_SOURCE_PREFIX, Problem
from calmdesk.core.pack_reading import VOCABULARY_FILE, merge, pack_files, read_files, readable_dir

if TYPE_CHECKING:
    from calmdesk.core.pack_memo import PackMemo
    from calmdesk.core.packs import LoadedPack
    from calmdesk.core.search.vocabulary import Vocabulary

# What callers import from here: the library, how it is loaded and checked, the files a folder holds.
__all__ = [
    "VOCABULARY_FILE",
    "Library",
    "LibrarySettings",
    "check_packs",
    "configured_dirs",
    "expand_pack_dirs",
    "load_configured",
    "load_library",
    "pack_files",
]


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
        loaded += read_files(pack_files(user_dir, problems), seen, memo)
    for folder in extra_dirs:
        loaded += _read_team_folder(Path(folder), problems, seen, cache_dir, memo)
        folders.append(Path(folder))
    merged = merge(loaded, problems)
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

    if cache_dir is not None and not readable_dir(folder) and not folder.is_file():
        cached = team_cache.cached_copy(cache_dir, folder)
        if cached is not None:
            copies, problem = cached
            problems.append(problem)
            return read_files(copies, seen, memo)
    files = pack_files(folder, problems)
    packs = read_files(files, seen, memo)
    if cache_dir is not None and readable_dir(folder):
        kept = [team_cache.unless_shrinking(pack, folder, cache_dir, problems) for pack in packs]
        # What reads well now replaces its copy; a file held back or broken keeps the copy it has.
        sound = [
            Path(p.source) for p, k in zip(packs, kept, strict=True) if k is p and team_cache.is_sound(p)
        ]
        team_cache.refresh(cache_dir, folder, sound, {f.name for f in files or []})
        packs = [team_cache.last_good(pack, folder, cache_dir, problems) for pack in kept]
    return packs


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
        loaded += read_files(files, seen)
    merge(loaded, problems)
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
