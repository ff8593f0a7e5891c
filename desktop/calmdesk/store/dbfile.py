"""Opening the SQLite file safely: damage checks that change nothing, and errors in plain language."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from calmdesk.core.messages import gettext as _
from calmdesk.store import migrations
from calmdesk.store.actions import OPEN
from calmdesk.store.errors import StoreError

log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_ROOM_TO_OPEN = 64 * 1024  # bytes: the WAL index (-shm) alone takes 32 KB
_NO_ACCESS = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR}


def _code(exc: sqlite3.Error) -> int:
    # Extended result codes carry the primary code in the low byte (SQLITE_BUSY_SNAPSHOT -> SQLITE_BUSY).
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def is_busy(exc: sqlite3.Error) -> bool:
    """Whether `exc` means another connection holds a lock, so trying again later may work."""
    return _code(exc) in _BUSY


def as_store_error(exc: sqlite3.Error, path: Path, action: str) -> StoreError:
    """Turn an sqlite3 error into a sentence an agent can act on; `action` says what failed.

    `action` is an English phrase marked with N_ ("save the phrase"): it is said in the person's language
    here, inside a sentence of its own (see `store.actions`); one already translated passes through.
    """
    code = _code(exc)
    what = _(action)
    if code in _BUSY:
        words = _(
            "CalmDesk could not {action}: its data file {path} is locked by another program. "
            "Close any other CalmDesk or database tool that uses it, then try again."
        )
    elif code == sqlite3.SQLITE_FULL or (code in _NO_ACCESS and disk_nearly_full(path)):
        # SQLite reports a disk with no room for its -shm file as an I/O error or "cannot open".
        words = _("CalmDesk could not {action}: the disk holding {path} is full.")
    elif code in _NO_ACCESS:
        words = _(
            "CalmDesk could not {action}: it cannot read or write {path}. Check the file's permissions."
        )
    else:
        words = _("CalmDesk could not {action} ({reason}).")
    text = words.format(action=what, path=path, reason=exc)
    log.warning("%s [sqlite: %s]", text, exc)
    return StoreError(text)


def disk_nearly_full(path: Path) -> bool:
    """Whether the file system holding `path` has less room than SQLite needs to open a file (its -shm)."""
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < _ROOM_TO_OPEN
    except OSError:
        return False


def newer_error(path: Path, version: int) -> StoreError:
    words = _(
        "The data file {path} was written by a newer CalmDesk (format {version}; this one reads up to "
        "{known}). Update CalmDesk; the file was left untouched."
    )
    return StoreError(words.format(path=path, version=version, known=migrations.schema_version()))


def find_damage(path: Path, timeout: float) -> str | None:
    """Look at an existing file without changing it: None when usable or absent, else why it is damaged."""
    try:
        if not path.exists():
            return None
        if not path.is_file():
            words = _("CalmDesk cannot use {path} as its data file: it is not a regular file.")
            raise StoreError(words.format(path=path))
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        words = _("CalmDesk cannot read its data file {path} ({reason}).")
        raise StoreError(words.format(path=path, reason=exc.strerror)) from exc
    if not header:
        return None  # an empty file is a new database to SQLite
    if header != _SQLITE_MAGIC:
        return _("not an SQLite database")
    # Read-only: a newer or damaged file must not be changed, not even by a WAL checkpoint on close.
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        raise as_store_error(exc, path, OPEN) from exc
    try:
        version = migrations.user_version(conn)
        if version > migrations.schema_version():
            raise newer_error(path, version)
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        if _code(exc) in _DAMAGED:
            return str(exc)
        raise as_store_error(exc, path, OPEN) from exc
    finally:
        conn.close()
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows[:3])
    return None
