"""Start CalmDesk with the desktop session: the XDG autostart entry here; Windows and macOS say not yet."""

from __future__ import annotations

import configparser
import contextlib
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

ENTRY_NAME = "calmdesk.desktop"
BACKUP_SUFFIX = ".bak"
# Marks an entry this module wrote, so one edited by hand is recognised and kept (a backup) before a rewrite.
MARKER_KEY = "X-CalmDesk-Autostart"
# A desktop entry larger than this was not written by anyone for us: read as damaged, never loaded whole.
MAX_ENTRY_BYTES = 64 * 1024


class AutostartError(Exception):
    """The entry could not be written or removed; the message says what and where, for the agent."""


@dataclass(frozen=True)
class AutostartStatus:
    """Whether CalmDesk starts with the session, where that is set, and what is odd about it, if anything."""

    enabled: bool
    where: str
    command: str = ""
    problem: str = ""


class Autostart(Protocol):
    """One small interface for every platform: what `calmdesk autostart` and the Settings switch use."""

    supported: bool

    def status(self) -> AutostartStatus: ...

    def enable(self) -> AutostartStatus: ...

    def disable(self) -> AutostartStatus: ...


def for_this_system() -> Autostart:
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return XdgAutostart(config_home(), launch_command())
    name = {"win32": "Windows (a Run key)", "darwin": "macOS (a LaunchAgent)"}.get(sys.platform, sys.platform)
    return Unsupported(name)


def config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


def launch_command() -> list[str]:
    """How this installation of CalmDesk is started: /usr/bin/calmdesk from the package, the console script
    of a pipx or venv install, else this interpreter with `-m calmdesk`."""
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == "calmdesk" and argv0.is_absolute() and argv0.exists():
        return [str(argv0)]  # not resolved: /usr/bin/calmdesk outlives the package's private paths
    beside = Path(sys.executable).parent / "calmdesk"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("calmdesk")
    if found:
        return [found]
    return [sys.executable, "-m", "calmdesk"]


def exec_line(argv: list[str]) -> str:
    """argv as a desktop entry's Exec value: quoted where the spec asks, % doubled."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    parts = []
    for arg in argv:
        if arg and not reserved & set(arg):
            parts.append(arg.replace("%", "%%"))
            continue
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        parts.append('"' + escaped.replace("%", "%%") + '"')
    return " ".join(parts)


class XdgAutostart:
    """`$XDG_CONFIG_HOME/autostart/calmdesk.desktop`, read by GNOME, KDE, Xfce, LXQt and other sessions."""

    supported = True

    def __init__(self, config_dir: Path, command: list[str]) -> None:
        self.path = config_dir / "autostart" / ENTRY_NAME
        self._command = command

    def entry_text(self) -> str:
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=CalmDesk\n"
            "Comment=Calm, ready-made replies for support agents: the hotkey is ready from login\n"
            f"Exec={exec_line(self._command)}\n"
            "Icon=calmdesk\n"
            "Terminal=false\n"
            "NoDisplay=true\n"
            "X-GNOME-Autostart-enabled=true\n"
            f"{MARKER_KEY}=true\n"
        )

    def status(self) -> AutostartStatus:
        where = str(self.path)
        try:
            with self.path.open("rb") as handle:
                raw = handle.read(MAX_ENTRY_BYTES + 1)
        except FileNotFoundError:
            return AutostartStatus(False, where)
        except OSError as exc:
            return AutostartStatus(False, where, problem=f"cannot be read ({exc.strerror or exc})")
        entry = _parse(raw)
        if entry is None or not entry.get("Exec", "").strip():
            return AutostartStatus(
                False, where, problem="is damaged or half-written; `calmdesk autostart on` rewrites it"
            )
        command = entry["Exec"].strip()
        switched_off = entry.get("Hidden", "").lower() == "true" or (
            entry.get("X-GNOME-Autostart-enabled", "").lower() == "false"
        )
        problem = "" if "calmdesk" in command else "starts something other than CalmDesk"
        return AutostartStatus(not switched_off and not problem, where, command, problem)

    def enable(self) -> AutostartStatus:
        text = self.entry_text()
        if self._current_text() == text:
            return self.status()
        self._keep_copy()
        temporary = self.path.with_name(f".{ENTRY_NAME}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, self.path)  # a session starting now reads the old entry or the new one
        except OSError as exc:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            raise AutostartError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
        return self.status()

    def disable(self) -> AutostartStatus:
        current = self._current_text()
        if current is None and not self.path.is_symlink():
            return self.status()
        try:
            if current is not None and current != self.entry_text() and not _written_by_us(current):
                self._keep_copy()  # an entry written by hand: keep it beside, where the session ignores it
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(f"cannot remove {self.path}: {exc.strerror or exc}") from exc
        return self.status()

    def _current_text(self) -> str | None:
        try:
            return self.path.read_bytes()[: MAX_ENTRY_BYTES + 1].decode("utf-8", errors="replace")
        except OSError:
            return None

    def _keep_copy(self) -> None:
        """An entry that is not the one we would write (edited by hand, half-written) is copied to
        calmdesk.desktop.bak before it is replaced or removed: nothing the agent wrote is lost."""
        current = self._current_text()
        if current is None or current == self.entry_text():
            return
        backup = self.path.with_name(ENTRY_NAME + BACKUP_SUFFIX)
        try:
            backup.write_text(current, encoding="utf-8")
        except OSError as exc:
            raise AutostartError(
                f"cannot keep a copy of {self.path} in {backup}: {exc.strerror or exc}"
            ) from exc


def _written_by_us(text: str) -> bool:
    entry = _parse(text.encode("utf-8"))
    return entry is not None and entry.get(MARKER_KEY, "").lower() == "true"


def _parse(raw: bytes) -> dict[str, str] | None:
    """The [Desktop Entry] group, or None for anything that is not a readable desktop entry."""
    if len(raw) > MAX_ENTRY_BYTES:
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    try:
        parser.read_string(raw.decode("utf-8"))
    except (UnicodeDecodeError, configparser.Error):
        return None
    if not parser.has_section("Desktop Entry"):
        return None
    return dict(parser["Desktop Entry"])


class Unsupported:
    """Windows (a Run key) and macOS (a LaunchAgent) are designed in docs/decisions/windows-macos.md but have
    never run: say so rather than write something unverified into the agent's profile."""

    supported = False

    def __init__(self, system: str) -> None:
        self._system = system

    def _error(self) -> AutostartError:
        return AutostartError(
            f"starting with the session is not supported on {self._system} yet; "
            "add CalmDesk to your startup programs by hand"
        )

    def status(self) -> AutostartStatus:
        return AutostartStatus(False, self._system, problem="not supported here yet")

    def enable(self) -> AutostartStatus:
        raise self._error()

    def disable(self) -> AutostartStatus:
        raise self._error()
