"""Pack files read the same way by a load and by `pack check`: which files a folder holds, each read once,
and the sound packs merged in order with every duplicate id reported."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from calmdesk.core.messages import gettext as _
from calmdesk.core.model import BUILTIN_SOURCE_PREFIX, PackInfo, Phrase, Problem

if TYPE_CHECKING:
    from calmdesk.core.pack_memo import PackMemo
    from calmdesk.core.packs import LoadedPack

# Agents' words a team adds to the search, in a pack folder; never read as a pack (core.search.vocabulary).
VOCABULARY_FILE = "vocabulary.toml"


def pack_files(path: Path, problems: list[Problem]) -> list[Path] | None:
    """The pack files `path` stands for: itself when a file, else its *.toml entries in name order.

    Name order, so a library loads the same way every time. Entries are not filtered by is_file(): a
    dangling link, a FIFO or a device is handed to the reader, which reports it as skipped rather than
    dropping it silently. None (with a problem) when unusable.
    """
    if not path.exists():
        problems.append(Problem(str(path), _("no such pack file or folder")))
        return None
    if not path.is_dir():  # a single pack named in place of a folder is taken as it is; the reader refuses
        return [path]  # a FIFO or a device named here just as one found inside a folder
    try:
        # vocabulary.toml is no pack: it holds the agents' words a team adds to the search.
        entries = (p for p in path.iterdir() if p.suffix == ".toml" and p.name != VOCABULARY_FILE)
        return sorted(p for p in entries if not p.is_dir())
    except OSError as exc:
        words = _("cannot read the pack folder: {reason}")
        problems.append(Problem(str(path), words.format(reason=exc.strerror or exc)))
        return None


def read_files(files: list[Path] | None, seen: set[Path], memo: PackMemo | None = None) -> list[LoadedPack]:
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
class Merged:
    phrases: tuple[Phrase, ...]
    packs: tuple[PackInfo, ...]
    skipped: list[str]


def merge(loaded: list[LoadedPack], problems: list[Problem]) -> Merged:
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
            words = _('pack id "{id}" is already used by {file}; pack skipped')
            message = words.format(id=pack.info.id, file=pack_sources[pack.info.id])
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
    return Merged(tuple(phrases), tuple(packs), skipped)


def readable_dir(folder: Path) -> bool:
    try:
        return folder.is_dir() and os.access(folder, os.R_OK | os.X_OK)
    except OSError:
        return False
