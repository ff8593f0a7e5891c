"""Reading files anyone may have planted, and the one safe way CalmDesk writes a file.

Reading: only a regular file is read, and its size is checked on the open descriptor before a byte is read:
a FIFO would block forever, /dev/zero or /dev/urandom would never end, /dev/stdin would swallow a script's
input, and a file swapped between a check on the path and the read would slip past a check made on the name.
Writing: see write_atomically.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import stat
from pathlib import Path

from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _

# In the person's language, as every message of core (core.messages): an import or a team folder says why.
_KINDS = (
    (stat.S_ISFIFO, N_("a named pipe (FIFO)")),
    (stat.S_ISCHR, N_("a character device")),
    (stat.S_ISBLK, N_("a block device")),
    (stat.S_ISSOCK, N_("a socket")),
    (stat.S_ISDIR, N_("a folder")),
)


class FileRefused(Exception):
    """The file was not read; the message says why, in words. `too_big`: refused for its size alone."""

    def __init__(self, message: str, *, too_big: bool = False) -> None:
        super().__init__(message)
        self.too_big = too_big


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words: "a named pipe (FIFO)", "a character device", ..."""
    for test, name in _KINDS:
        if test(mode):
            return _(name)
    return _("not a regular file")


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path` (links followed) if it is a regular file of at most `max_bytes`.

    Raises FileRefused for anything else, and FileNotFoundError/OSError as opening a file does. The file is
    opened non-blocking, so even a FIFO put in place after the check cannot hang the open.
    """
    before = os.stat(path)  # follows links: a link to /dev/zero is judged by what it points at
    if not stat.S_ISREG(before.st_mode):
        raise FileRefused(_not_regular(before.st_mode))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)  # the file really opened, which may differ from the one stat() saw
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(_not_regular(info.st_mode))
        if info.st_size > max_bytes:
            words = _("the file is larger than {size}: refused unread")
            raise FileRefused(words.format(size=_size(max_bytes)), too_big=True)
        chunks: list[bytes] = []
        left = max_bytes + 1  # one byte more than allowed tells a file that grew since fstat
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise FileRefused(
            _("the file is larger than {size}: refused").format(size=_size(max_bytes)), too_big=True
        )
    return data


def _not_regular(mode: int) -> str:
    return _("it is {kind}, not a regular file").format(kind=kind_of(mode))


def _size(count: int) -> str:
    if count >= 1 << 20:
        return f"{count / (1 << 20):g} MB"
    return f"{count / 1024:g} KB"


def write_atomically(
    path: Path, data: str | bytes, *, overwrite: bool = True, mode: int = 0o600, durable: bool = True
) -> None:
    """Write `data` (text as UTF-8, newlines as given) to `path` so a reader sees the old file or the new.

    The bytes go to a temporary file in the same folder (a rename is atomic only within one file system),
    are synced, and the temporary file is renamed over `path`; on any failure it is removed and `path` is
    as it was. The new file is user-only (`mode`): what CalmDesk writes may hold customer names. A link
    is followed, so the file it points at is replaced, not the link. Raises FileRefused when `path` is
    not a regular file (a named pipe would hang the write, a device would swallow it), FileExistsError
    when it exists and `overwrite` is false (decided atomically), and OSError as writing does; say what
    went wrong with os_error_text().

    `durable=False` skips the syncs, for a copy that can be made again (the team cache): still all or
    nothing for a reader, but after a power cut the file may be empty, which its reader must refuse.
    """
    path = Path(os.path.realpath(path))
    try:
        existing = os.stat(path)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise FileRefused(f"{path}: {_not_regular(existing.st_mode)}")
    if existing is not None and not overwrite:
        raise FileExistsError(errno.EEXIST, "it already exists", str(path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, temporary = _create_temporary(path, mode)
    try:
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(temporary, path)
        else:
            os.link(temporary, path)  # fails when a file appeared meanwhile: never clobbers one
            temporary.unlink()
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    if durable:
        sync_folder(path.parent)


def _create_temporary(path: Path, mode: int) -> tuple[int, Path]:
    """A new hidden file beside `path`, created user-only and exclusively (never an existing file)."""
    for attempt in itertools.count():
        temporary = path.with_name(f".{path.name}.{os.getpid()}-{attempt}.tmp")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), mode)
        except FileExistsError:
            continue
        os.fchmod(fd, mode)  # the umask may have taken bits away; never adds any beyond `mode`
        return fd, temporary
    raise AssertionError("unreachable")


def os_error_text(exc: OSError) -> str:
    """What went wrong in words; a full disk (or quota) is said plainly, as agents need to hear it."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return _("the disk is full")
    return exc.strerror or str(exc)


def sync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable; some file systems cannot sync a folder."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
