"""Shared test set-up: Qt runs offscreen and every XDG directory points into the test's tmp_path."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Offscreen by default; the e2e tests start their own Xvfb and pass DISPLAY to the program they launch.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Take what the tests copied off Qt's clipboard before Python shuts down. Left there, it was destroyed
    during finalisation without the GIL: a run ending with tests/system/test_clipboard*.py died after its
    summary, every test passed (exit 134 or 139, on main 92c6ee2 too)."""
    if "PySide6.QtGui" not in sys.modules:  # a run without Qt has nothing on it, and need not load Qt
        return
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.clipboard().clear()
        app.processEvents()


@pytest.fixture(autouse=True)
def xdg_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real home: config, data, state and runtime dirs live under tmp_path."""
    home = tmp_path / "home"
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        path = home / sub
        path.mkdir(parents=True, mode=0o700)
        monkeypatch.setenv(var, str(path))
    monkeypatch.setenv("HOME", str(home))
    # The content and interface language follow the locale: every test starts from the C locale (English),
    # whatever the machine running it speaks; a test of another language sets it.
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return home


@pytest.fixture(autouse=True)
def english_system_messages() -> Iterator[None]:
    """Each test starts with the C library's own messages (strerror) in English again, and the command
    line's catalogue too. glibc keeps the translation it found while a test had LANGUAGE=de (and Qt had
    run setlocale), after the variable is gone; only a change of LC_MESSAGES makes it look again. Left
    alone, "No such file or directory" came out German in a later, unrelated test."""
    yield
    import locale

    from calmdesk.core import messages

    messages.use(None)
    current = locale.setlocale(locale.LC_MESSAGES)
    locale.setlocale(locale.LC_MESSAGES, "C")
    locale.setlocale(locale.LC_MESSAGES, current)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real, small file system (a 16 MB tmpfs) to fill up: full-disk cases are tested on a real full disk.

    Mounting needs root, which the test machines and CI have.
    """
    if os.geteuid() != 0:
        pytest.fail("mounting a small tmpfs for the full-disk tests needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(disk)], check=True)
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


@pytest.fixture
def fill_disk() -> Callable[..., Path]:
    """fill_disk(folder, leave=0): fill `folder`'s file system with a filler file, then free `leave` bytes."""
    return _fill


def _fill(folder: Path, leave: int = 0) -> Path:
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as out:
        for size in (1 << 20, 1 << 12, 1):
            try:
                while True:
                    out.write(b"\0" * size)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
        if leave:
            out.truncate(max(0, out.tell() - leave))
    return filler
