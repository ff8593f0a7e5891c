"""A throwaway headless Wayland session for end-to-end tests: a real compositor, run as an unprivileged user.

wlroots compositors refuse to run as root, and CI runs as root: there the compositor runs as a user this
module creates (`calmdesk-e2e`), in a runtime folder of its own. The programs under test (the app, wtype,
wl-paste, swaymsg) stay this process's user: a Wayland socket takes any client its file lets in, and root is
let in everywhere. So CI's venv, its interpreter (which may live under a 0700 /root) and pytest's 0700 tmp
folders never need opening up; WAYLAND_DISPLAY is the socket's absolute path so no client looks for it in
its own XDG_RUNTIME_DIR.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

SESSION_USER = "calmdesk-e2e"
# The session bus is the session user's (services it starts run as that user, as on a desktop), and lets
# this process in too: the app and the tests run as root in CI.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <include>/usr/share/dbus-1/session.conf</include>
  <policy context="default"><allow user="{user}"/></policy>
</busconfig>
"""


class WaylandSessionError(RuntimeError):
    pass


def wait_until(predicate: Callable[[], object], timeout: float, what: str, interval: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise WaylandSessionError(f"timed out after {timeout:.1f}s waiting for {what}")
        time.sleep(interval)


def missing(tools: Mapping[str, str]) -> list[str]:
    return [f"{tool} (apt package {pkg})" for tool, pkg in tools.items() if not shutil.which(tool)]


def session_account() -> pwd.struct_passwd | None:
    """The account compositors run as: None means this process's own (it is not root), else one we made."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SESSION_USER)
    except KeyError:
        pass
    done = subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SESSION_USER],
        capture_output=True,
        text=True,
        timeout=30,
    )
    # 9: created meanwhile by another test run; anything else is a real failure.
    if done.returncode not in (0, 9):
        raise WaylandSessionError(f"cannot create the user {SESSION_USER}: {done.stderr.strip()}")
    return pwd.getpwnam(SESSION_USER)


@contextlib.contextmanager
def traversable(paths: Sequence[Path]) -> Iterator[None]:
    """Let other users pass through (o+x, never list or read) every folder above `paths`, for as long as
    the block runs: the session user must reach this interpreter and venv, which CI keeps under 0700
    folders (/root/.pyenv, a `mktemp -d`). The modes are put back afterwards."""
    changed: dict[Path, int] = {}
    try:
        for path in paths:
            for folder in [*reversed(path.resolve().parents)]:
                mode = folder.stat().st_mode
                if folder not in changed and not mode & stat.S_IXOTH:
                    changed[folder] = stat.S_IMODE(mode)
                    folder.chmod(stat.S_IMODE(mode) | stat.S_IXOTH)
        yield
    finally:
        for folder, mode in changed.items():
            folder.chmod(mode)


class WaylandSession:
    """A compositor in a runtime folder of its own; subclasses say which and how to know it is up.

    `env` is what a client in this session gets: the base environment (isolated XDG folders) with
    WAYLAND_DISPLAY (an absolute path), a Wayland Qt, XDG_SESSION_TYPE=wayland and no DISPLAY.
    """

    name = "compositor"
    required_tools: Mapping[str, str] = {"wl-paste": "wl-clipboard", "wl-copy": "wl-clipboard"}
    desktop = ""  # XDG_CURRENT_DESKTOP for the clients
    needs_bus = False  # GNOME and KDE run their services on the session bus; sway needs none

    def __init__(self, base_env: Mapping[str, str], log_dir: Path) -> None:
        self._base_env = dict(base_env)
        self.log_dir = log_dir
        self.account = session_account()
        self.runtime = Path(tempfile.mkdtemp(prefix="calmdesk-wl-"))
        self._procs: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.display = ""  # the Wayland socket's absolute path, once the compositor listens
        self.env: dict[str, str] = {}
        self.bus_address = ""  # the session's own bus, when it needs one
        if self.account is not None:
            os.chown(self.runtime, self.account.pw_uid, self.account.pw_gid)
        self.runtime.chmod(0o700)

    # -- to be said by each compositor ------------------------------------------------------------------

    def command(self) -> list[str]:
        raise NotImplementedError

    def compositor_env(self) -> dict[str, str]:
        """Variables the compositor itself needs beyond HOME, PATH and XDG_RUNTIME_DIR."""
        return {}

    def client_env(self) -> dict[str, str]:
        """Variables clients need beyond the Wayland display (e.g. the compositor's IPC socket)."""
        return {}

    def wait_ready(self) -> None:
        """Block until clients can connect and the compositor answers."""
        wait_until(self._socket, 30, f"{self.name} to open its Wayland socket")

    # -- the session ------------------------------------------------------------------------------------

    def start(self) -> WaylandSession:
        problems = missing(self.required_tools)
        if problems:
            raise WaylandSessionError(
                f"the Wayland e2e tests need {self.name}; missing: {', '.join(problems)}. "
                "Install with: bash scripts/system-packages.sh --test"
            )
        try:
            if self.needs_bus:
                self._start_bus()
            self.spawn_as_session_user(self.name, self.command(), self.compositor_env())
            self.wait_ready()
            self.display = str(self._socket())
            self.env = self._client_env()
        except BaseException:
            details = self.diagnostics()
            self.stop()
            raise WaylandSessionError(f"{self.name} did not start\n{details}") from None
        return self

    def _start_bus(self) -> None:
        config = self.runtime / "bus.conf"
        config.write_text(_BUS_CONFIG.format(user=pwd.getpwuid(os.geteuid()).pw_name), encoding="utf-8")
        config.chmod(0o644)
        path = self.runtime / "bus"
        argv = ["dbus-daemon", f"--config-file={config}", f"--address=unix:path={path}", "--nofork"]
        self.spawn_as_session_user("dbus-daemon", [*argv, "--nopidfile"], {})
        wait_until(path.exists, 10, "the session bus")
        self.bus_address = f"unix:path={path}"

    def _socket(self) -> Path | None:
        sockets = sorted(p for p in self.runtime.glob("wayland-*") if not p.name.endswith(".lock"))
        return sockets[0] if sockets else None

    def _client_env(self) -> dict[str, str]:
        env = dict(self._base_env)
        for var in ("DISPLAY", "XAUTHORITY", "SWAYSOCK", "WAYLAND_SOCKET"):
            env.pop(var, None)
        env.update(
            WAYLAND_DISPLAY=self.display,
            XDG_SESSION_TYPE="wayland",
            XDG_CURRENT_DESKTOP=self.desktop,
            QT_QPA_PLATFORM="wayland",
            # The session's own bus, or (as in the X session) one that cannot connect: never the
            # developer's own session bus.
            DBUS_SESSION_BUS_ADDRESS=self.bus_address or f"unix:path={self.log_dir / 'no-bus'}",
        )
        env.update(self.client_env())
        return env

    def spawn_as_session_user(
        self, name: str, argv: Sequence[str], extra_env: Mapping[str, str]
    ) -> subprocess.Popen[bytes]:
        env = {
            "HOME": str(self.runtime),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "LANG": "C.UTF-8",
            **({"DBUS_SESSION_BUS_ADDRESS": self.bus_address} if self.bus_address else {}),
            **extra_env,
        }
        ids: dict[str, object] = {}
        if self.account is not None:
            ids = {"user": self.account.pw_uid, "group": self.account.pw_gid, "extra_groups": []}
        log = (self.log_dir / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            list(argv),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=self.runtime,
            start_new_session=True,
            **ids,  # type: ignore[arg-type]
        )
        log.close()
        self._procs.append((name, proc))
        return proc

    def run(self, *argv: str, timeout: float = 20, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a client tool (wtype, wl-paste, swaymsg) in this session; its output as text."""
        done = subprocess.run(list(argv), env=self.env, capture_output=True, text=True, timeout=timeout)
        if check and done.returncode != 0:
            raise WaylandSessionError(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()}")
        return done

    def clipboard(self) -> str:
        """The CLIPBOARD selection's text, as a paste would get it ("" when empty)."""
        done = self.run("wl-paste", "--no-newline", "--type", "text/plain", check=False)
        return done.stdout if done.returncode == 0 else ""

    def primary(self) -> str:
        done = self.run("wl-paste", "--primary", "--no-newline", "--type", "text/plain", check=False)
        return done.stdout if done.returncode == 0 else ""

    def diagnostics(self) -> str:
        lines = [f"runtime {self.runtime}, display {self.display or '(none)'}"]
        for name, proc in self._procs:
            lines.append(f"{name}: pid {proc.pid}, exit {proc.poll()}")
        for log in sorted(self.log_dir.glob("*.log")):
            tail = log.read_text(errors="replace")[-1500:].strip()
            lines.append(f"--- {log.name}: {tail or '(empty)'}")
        return "\n".join(lines)

    def check_alive(self) -> None:
        for name, proc in self._procs:
            if proc.poll() is not None:
                raise WaylandSessionError(f"{name} exited with {proc.returncode}\n{self.diagnostics()}")

    def stop(self) -> None:
        for _name, proc in reversed(self._procs):
            if proc.poll() is None:
                # Its own process group: dbus-run-session and what the compositor started go with it.
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(5)
        self._procs.clear()
        shutil.rmtree(self.runtime, ignore_errors=True)
