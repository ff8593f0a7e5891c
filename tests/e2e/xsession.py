"""A throwaway X session for end-to-end tests: Xvfb + openbox (+ trayer), each waited for, all torn down."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from procs import end_process
from Xlib import X, display, error

# Tool -> the Debian/Ubuntu package that provides it (named in the failure message; CI must install them).
REQUIRED_TOOLS: Mapping[str, str] = {
    "Xvfb": "xvfb",
    "openbox": "openbox",
    "trayer": "trayer",
    "xdotool": "xdotool",
    "xclip": "xclip",
}


class XSessionError(RuntimeError):
    pass


def missing_tools() -> list[str]:
    return [f"{tool} (apt package {pkg})" for tool, pkg in REQUIRED_TOOLS.items() if not shutil.which(tool)]


def wait_until(predicate: Callable[[], object], timeout: float, what: str, interval: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise XSessionError(f"timed out after {timeout:.1f}s waiting for {what}")
        time.sleep(interval)


def _read_display_number(fd: int, timeout: float) -> str:
    """Read "N\\n" that Xvfb writes to -displayfd once it accepts connections (no polling, no port races).

    Read up to the newline before closing: Xvfb writes the number and the newline in two write() calls and
    dies with "Cannot write display number" (EPIPE) if the pipe is closed in between.
    """
    deadline = time.monotonic() + timeout
    data = b""
    while b"\n" not in data:
        ready, _, _ = select.select([fd], [], [], max(deadline - time.monotonic(), 0))
        chunk = os.read(fd, 64) if ready else b""
        if not chunk:
            break
        data += chunk
    return data.decode().strip()


class XSession:
    """Xvfb on a free display (chosen by Xvfb itself via -displayfd), a window manager and a tray host."""

    def __init__(self, base_env: Mapping[str, str], log_dir: Path, *, tray: bool = True) -> None:
        self._base_env = dict(base_env)
        self._log_dir = log_dir
        self._tray = tray
        self._procs: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.display = ""
        self.env: dict[str, str] = {}

    def start(self) -> XSession:
        missing = missing_tools()
        if missing:
            raise XSessionError(
                "the e2e tests need a real X session; missing: "
                + ", ".join(missing)
                + ". Install with: apt-get install -y "
                + " ".join(REQUIRED_TOOLS.values())
            )
        # On a loaded machine a fresh Xvfb has been seen to report a display that openbox then failed to open
        # ("Failed to open the display"): one more try on a display of its own spares a red run.
        for attempt in (1, 2):
            try:
                self._start_xvfb()
                self._start_openbox()
                if self._tray:
                    self._start_trayer()
                return self
            except XSessionError as exc:
                details = self.diagnostics()
                self.stop()
                if attempt == 2:
                    raise XSessionError(f"{exc}\n{details}") from None
            except BaseException:
                self.stop()
                raise
        raise AssertionError("unreachable: the second attempt returns or raises")

    def diagnostics(self) -> str:
        """Exit codes and log tails of the session's programs, for a failure message worth reading."""
        lines = [f"display {self.display or '(none)'}"]
        for name, proc in self._procs:
            lines.append(f"{name}: pid {proc.pid}, exit {proc.poll()}")
        for log in sorted(self._log_dir.glob("*.log")):
            tail = log.read_text(errors="replace")[-800:].strip()
            lines.append(f"--- {log.name}: {tail or '(empty)'}")
        return "\n".join(lines)

    def _spawn(self, name: str, argv: Sequence[str], **kwargs: object) -> subprocess.Popen[bytes]:
        log = (self._log_dir / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            list(argv), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, **kwargs
        )
        log.close()
        self._procs.append((name, proc))
        return proc

    def _start_xvfb(self) -> None:
        read_fd, write_fd = os.pipe()
        try:
            proc = self._spawn(
                "xvfb",
                ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                pass_fds=(write_fd,),
                env=self._base_env,
            )
            os.close(write_fd)
            write_fd = -1
            number = _read_display_number(read_fd, timeout=15)
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)
        if not number.isdigit():
            raise XSessionError(f"Xvfb did not report a display (exit {proc.poll()}); see {self._log_dir}")
        self.display = f":{number}"
        env = dict(self._base_env)
        for var in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"):
            env.pop(var, None)
        env.update(
            DISPLAY=self.display,
            XDG_SESSION_TYPE="x11",
            QT_QPA_PLATFORM="xcb",
            # A bus address that cannot connect: programs under test never reach the developer's real session
            # bus, and libdbus does not autolaunch one via X11 (it would when the variable is unset).
            DBUS_SESSION_BUS_ADDRESS=f"unix:path={self._log_dir / 'no-bus'}",
        )
        self.env = env

    def _start_openbox(self) -> None:
        wait_until(self._can_connect, 10, f"Xvfb to accept connections on {self.display}")
        self._spawn("openbox", ["openbox", "--sm-disable"], env=self.env)
        # An EWMH window manager announces itself with _NET_SUPPORTING_WM_CHECK on the root window.
        wait_until(lambda: self._root_property("_NET_SUPPORTING_WM_CHECK"), 10, "openbox")

    def _can_connect(self) -> bool:
        try:
            self.connect().close()
        except (error.DisplayError, error.ConnectionClosedError, OSError):
            return False
        return True

    def _start_trayer(self) -> None:
        self._spawn(
            "trayer",
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24"],
            env=self.env,
        )
        # A system tray host owns the _NET_SYSTEM_TRAY_S0 selection (freedesktop system tray spec).
        wait_until(lambda: self.selection_owner("_NET_SYSTEM_TRAY_S0"), 10, "trayer (tray selection)")

    def connect(self) -> display.Display:
        return display.Display(self.display)

    def _root_property(self, name: str) -> bool:
        try:
            d = self.connect()
        except (error.DisplayError, error.ConnectionClosedError):
            return False
        try:
            prop = d.screen().root.get_full_property(d.intern_atom(name), X.AnyPropertyType)
            return prop is not None
        finally:
            d.close()

    def selection_owner(self, name: str) -> int:
        d = self.connect()
        try:
            owner = d.get_selection_owner(d.intern_atom(name))
            return int(owner if isinstance(owner, int) else owner.id)
        finally:
            d.close()

    def check_alive(self) -> None:
        for name, proc in self._procs:
            if proc.poll() is not None:
                raise XSessionError(f"{name} exited with {proc.returncode}; see {self._log_dir}")

    def stop(self) -> None:
        # Reverse order: clients before the server, so none of them logs a lost-connection error.
        for _name, proc in reversed(self._procs):
            end_process(proc)
        self._procs.clear()
