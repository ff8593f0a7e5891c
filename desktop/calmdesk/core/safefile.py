"""Reading a content file that anyone with write access to a shared folder may have planted.

Only a regular file is read, and its size is checked on the open descriptor before a byte is read: a FIFO
would block forever, /dev/zero or /dev/urandom would never end, /dev/stdin would swallow a script's input,
and a file swapped between a check on the path and the read would slip past a check made on the name.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
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
            return name
    return "not a regular file"


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path` (links followed) if it is a regular file of at most `max_bytes`.

    Raises FileRefused for anything else, and FileNotFoundError/OSError as opening a file does. The file is
    opened non-blocking, so even a FIFO put in place after the check cannot hang the open.
    """
    before = os.stat(path)  # follows links: a link to /dev/zero is judged by what it points at
    if not stat.S_ISREG(before.st_mode):
        raise FileRefused(f"it is {kind_of(before.st_mode)}, not a regular file")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)  # the file really opened, which may differ from the one stat() saw
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(f"it is {kind_of(info.st_mode)}, not a regular file")
        if info.st_size > max_bytes:
            raise FileRefused(f"the file is larger than {_size(max_bytes)}: refused unread", too_big=True)
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
        raise FileRefused(f"the file is larger than {_size(max_bytes)}: refused", too_big=True)
    return data


def _size(count: int) -> str:
    if count >= 1 << 20:
        return f"{count / (1 << 20):g} MB"
    return f"{count / 1024:g} KB"
