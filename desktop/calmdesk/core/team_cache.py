"""The last good copy of each team pack folder, for a share that cannot be reached and a file mid-write.

After a folder is read, its sound pack files are copied into `cache_dir/<key>/`; when the folder is missing
or unreadable later, that copy is read instead and a problem says so (the app shows it once). A file that
cannot be read now, or that reads with fewer phrases than its copy and is still changing, is read from its
copy too. Pure Python: the caller passes the cache folder (the store's paths decide where it is).
"""

from __future__ import annotations

import json
import logging
import os
import time
from datetime import datetime
from pathlib import Path

from calmdesk.core.messages import gettext as _
from calmdesk.core.model import Problem
from calmdesk.core.packs import LoadedPack, read_pack_file
from calmdesk.core.safefile import FileRefused, sync_folder, write_atomically

log = logging.getLogger(__name__)

_STAMP = "FOLDER"  # names the folder copied; its modification time is the time of the copy
UNREACHABLE_MARK = "cannot be reached"  # the app says a problem holding this once per folder and run
# A pack file with fewer phrases than its last good copy may be a writer's pause as well as a real cut: it
# replaces that copy only once its size and time have stayed the same this long (by this machine's clock,
# so a share's clock that differs does not matter). The app loads again when the time is up.
SETTLE_SECONDS = 3.0
SETTLING_MARK = "has fewer phrases than its last good copy"  # a passing state: logged, not announced
_SOURCES = "SOURCES.json"  # name -> [device, inode] of the file each copy was taken from
_SEEN = ".seen"  # beside a copy: the size and time a shrunk file was first seen with, and when


def cache_folder(cache_dir: Path, folder: Path) -> Path:
    """Where the copy of `folder` lives: one sub-folder per configured path (a hash: paths hold any text)."""
    import hashlib  # here, not at start: OpenSSL's libcrypto costs the tray app 3.5 MB resident

    key = hashlib.sha256(str(folder.expanduser().absolute()).encode("utf-8", "surrogateescape")).hexdigest()
    return cache_dir / key[:24]


def refresh(cache_dir: Path, folder: Path, sound_files: list[Path], present: set[str]) -> None:
    """Copy `sound_files` (the packs that loaded cleanly) over the copy of `folder`; best effort.

    A file still in the folder (`present`, by name) but broken now keeps its last good copy; one removed
    from the folder is removed from the copy too.
    """
    target = cache_folder(cache_dir, folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
        sound_names = {f.name for f in sound_files}  # taken as good: any settling mark of theirs goes
        wanted = present | sound_names
        for old in target.glob("*.toml"):
            if old.name not in wanted:
                old.unlink()
        for mark in target.glob(f"*.toml{_SEEN}"):
            if mark.name.removesuffix(_SEEN) not in wanted - sound_names:
                mark.unlink()
        for file in sound_files:
            _copy(file, target / file.name)
        _note_sources(target, sound_files, wanted)
        sync_folder(target)
        # Written last: its time says when this copy was last known good.
        write_atomically(target / _STAMP, str(folder))
    except (OSError, FileRefused) as exc:  # a full disk must not stop the packs from loading
        log.warning(
            _("could not keep a copy of the team packs of %(folder)s: %(reason)s"),
            {"folder": folder, "reason": exc},
        )


def _sources(target: Path) -> dict[str, object]:
    try:
        found = json.loads((target / _SOURCES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _note_sources(target: Path, sound_files: list[Path], wanted: set[str]) -> None:
    """Which file each copy came from: a file renamed over it later is another one (see renamed_in)."""
    known = _sources(target)
    noted = {name: value for name, value in known.items() if name in wanted}
    for file in sound_files:
        info = file.stat()
        noted[file.name] = [info.st_dev, info.st_ino]
    if noted != known:
        write_atomically(target / _SOURCES, json.dumps(noted, sort_keys=True), durable=False)


def renamed_in(cache_dir: Path, folder: Path, file: Path) -> bool:
    """Whether `file` is another file than the one its last good copy was taken from: written whole beside
    it and renamed over it (editors, `git pull`, careful scripts), so it is complete as it reads. A file
    written in place keeps its inode and has to settle instead."""
    noted = _sources(cache_folder(cache_dir, folder)).get(file.name)
    try:
        info = file.stat()
    except OSError:
        return False
    return isinstance(noted, list) and noted != [info.st_dev, info.st_ino]


def _copy(file: Path, copy: Path) -> None:
    """Copy `file` unless `copy` already is it: a copy takes its file's size and modification time, so a
    reload of a folder of 5,000 files writes (and syncs) only the ones that changed."""
    info = file.stat()
    try:
        kept = copy.stat()
        if (kept.st_size, kept.st_mtime_ns) == (info.st_size, info.st_mtime_ns):
            return
    except FileNotFoundError:
        pass
    # All or nothing per file: a full disk must never leave half a "last good copy". Not synced one by one
    # (5,000 files took 30 s of syncs on first sight of a big folder): a copy a power cut left empty is
    # refused when read, like any broken pack, and made again from the share; the folder is synced once.
    write_atomically(copy, file.read_bytes(), durable=False)
    os.utime(copy, ns=(info.st_atime_ns, info.st_mtime_ns))


def cached_copy(cache_dir: Path, folder: Path) -> tuple[list[Path], Problem] | None:
    """The cached pack files of an unreachable `folder` and the problem that says so; None when no copy."""
    target = cache_folder(cache_dir, folder)
    try:
        files = sorted(target.glob("*.toml"))
    except OSError:
        return None
    if not files:
        return None
    try:
        stamp = (target / _STAMP).stat().st_mtime
    except OSError:
        stamp = max(f.stat().st_mtime for f in files)
    when = datetime.fromtimestamp(stamp).strftime("%d %b %Y %H:%M")
    message = f"{UNREACHABLE_MARK}; using the last good copy from {when}"
    return files, Problem(str(folder), message)


def last_good_file(cache_dir: Path, folder: Path, name: str) -> tuple[Path, str] | None:
    """The last good copy of the pack file `name` of `folder` and when it was taken; None when there is none.

    For a file that cannot be read right now, most often one caught while it is being written.
    """
    copy = cache_folder(cache_dir, folder) / name
    try:
        stamp = copy.stat().st_mtime
    except OSError:
        return None
    return copy, datetime.fromtimestamp(stamp).strftime("%d %b %Y %H:%M")


def settled(cache_dir: Path, folder: Path, file: Path) -> bool:
    """Whether `file` kept the same size and modification time for `SETTLE_SECONDS` since first seen so.

    The first look notes what it saw beside the file's copy and says no; a look at least that much later
    that sees the same says yes. A writer still busy (in place, with pauses) changes them in between.
    """
    try:
        info = file.stat()
    except OSError:
        return False
    seen = f"{info.st_size} {info.st_mtime_ns}"
    mark = cache_folder(cache_dir, folder) / f"{file.name}{_SEEN}"
    now = time.time()
    try:
        noted, since = mark.read_text(encoding="utf-8").rsplit(" ", 1)
        if noted == seen:
            return now - float(since) >= SETTLE_SECONDS
    except (OSError, ValueError):
        pass  # not noted yet, or a mark from a crash: note it now
    try:
        write_atomically(mark, f"{seen} {now}")
    except (OSError, FileRefused) as exc:
        log.warning(_("could not note %(mark)s: %(reason)s"), {"mark": mark, "reason": exc})
        return True  # without a note it would never settle: take the file as it is
    return False


def unless_shrinking(pack: LoadedPack, folder: Path, cache_dir: Path, problems: list[Problem]) -> LoadedPack:
    """`pack`, or its last good copy while the file has fewer phrases than that copy and has not settled.

    A pack written in place parses at every phrase boundary: caught in a pause it reads as a sound pack
    with fewer phrases. That must not replace the copy with more until the file has stopped changing
    (`settled`); a real cut is taken a few seconds later, or at once when the file was renamed into place
    (`renamed_in`). A problem (with SETTLING_MARK) says so.
    """
    if not is_sound(pack):
        return pack
    source = Path(pack.source)
    found = last_good_file(cache_dir, folder, source.name)
    try:
        if found is None or found[0].stat().st_size <= source.stat().st_size:
            return pack  # no copy, or not smaller: nothing to hold back (and nothing more to read)
    except OSError:
        return pack
    copy = read_pack_file(found[0])
    if copy.problems or copy.info is None or len(copy.phrases) <= len(pack.phrases):
        return pack
    if renamed_in(cache_dir, folder, source) or settled(cache_dir, folder, source):
        return pack
    message = (
        f"{SETTLING_MARK} ({len(pack.phrases)} of {len(copy.phrases)}): it may still be being "
        f"written; using that copy from {found[1]} until it stays the same for {SETTLE_SECONDS:g} s"
    )
    problems.append(Problem(pack.source, message))
    return copy


def is_sound(pack: LoadedPack) -> bool:
    return not pack.problems and pack.info is not None


def last_good(pack: LoadedPack, folder: Path, cache_dir: Path, problems: list[Problem]) -> LoadedPack:
    """`pack`, or the last good copy of its file when it cannot be read now (caught half-written, most
    often: a pack written in place with a pause lost all its phrases until the write ended)."""
    if is_sound(pack):
        return pack
    found = last_good_file(cache_dir, folder, Path(pack.source).name)
    if found is None:
        return pack
    copy = read_pack_file(found[0])
    if copy.problems or copy.info is None:
        return pack
    reason = pack.problems[0].message if pack.problems else "no [pack] table"
    problems.append(
        Problem(pack.source, f"cannot be read now ({reason}); using its last good copy from {found[1]}")
    )
    return copy
