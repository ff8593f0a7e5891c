"""The last good copy of each team pack folder, for when the share cannot be reached (off the office network).

After a folder is read, its sound pack files are copied into `cache_dir/<key>/`; when the folder is missing
or unreadable later, that copy is read instead and a problem says so (the app shows it once). Pure Python:
the caller passes the cache folder (the store's paths decide where it is).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from calmdesk.core.model import Problem
from calmdesk.core.safefile import FileRefused, write_atomically

log = logging.getLogger(__name__)

_STAMP = "FOLDER"  # names the folder copied; its modification time is the time of the copy
UNREACHABLE_MARK = "cannot be reached"  # the app says a problem holding this once per folder and run


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
        wanted = present | {f.name for f in sound_files}
        for old in target.glob("*.toml"):
            if old.name not in wanted:
                old.unlink()
        for file in sound_files:
            # All or nothing per file: a full disk must never leave half a "last good copy".
            write_atomically(target / file.name, file.read_bytes())
        # Written last: its time says when this copy was last known good.
        write_atomically(target / _STAMP, str(folder))
    except (OSError, FileRefused) as exc:  # a full disk must not stop the packs from loading
        log.warning("could not keep a copy of the team packs of %s: %s", folder, exc)


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
