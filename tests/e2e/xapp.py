"""Run the real CalmDesk app in an XSession and look at its windows the way a user (or xdotool) would."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from procs import end_process
from Xlib import X, display, error
from xsession import XSession

READY_LINE = "calmdesk: ready"
APP_TITLE = "CalmDesk"


def wait_for(predicate: Callable[[], Any], timeout: float, what: str, interval: float = 0.02) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.1f}s waiting for {what}")
        time.sleep(interval)


class Session(Protocol):
    """What running the app needs of a session, X11 or Wayland: the environment its programs get."""

    env: dict[str, str]


class CalmDeskApp:
    """`python -m calmdesk` started in the session; stderr goes to a file we can search for the ready line."""

    def __init__(
        self, session: Session, log: Path, args: Sequence[str] = ("--hotkey", "Ctrl+Alt+Space")
    ) -> None:
        self.session = session
        self.log = log
        with log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "calmdesk", *args],
                env=session.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=out,
            )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def focus_lines(self) -> list[str]:
        """The --verbose log's "keyboard focus: ..." lines: which of our windows had the keys, in order."""
        return [line for line in self.output().splitlines() if "keyboard focus:" in line]

    def wait_ready(self, timeout: float = 20) -> None:
        def ready() -> bool:
            if self.proc.poll() is not None:
                raise AssertionError(f"calmdesk exited with {self.proc.returncode}:\n{self.output()}")
            return READY_LINE in self.output()

        wait_for(ready, timeout, f"{READY_LINE!r} from calmdesk")

    def stop(self) -> None:
        end_process(self.proc, wait_s=10)


# A profile past its first start: the greeting that asks for the agent's name does not come up.
SIGNED = ('agent_name = "Sam"', 'company = "Acme"')


def write_settings(session: Session, *lines: str) -> None:
    """The session's settings.toml holding `lines` of TOML, as the agent's own profile would."""
    config = Path(session.env["XDG_CONFIG_HOME"]) / "calmdesk"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.toml").write_text("\n".join([*lines, ""]), encoding="utf-8")


def run_cli(session: Session, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calmdesk", *args],
        env=session.env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def doctor(session: Session) -> dict[str, str]:
    """`calmdesk doctor` as {item: status}; items and statuses are separated by two or more spaces."""
    result = run_cli(session, "doctor")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    return dict(re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in out.splitlines() if line.strip())


def expected_phrase(session: Session, query: str) -> str:
    """The text the picker must copy for `query`: the CLI's top hit, rendered (it has no required blanks)."""
    found = run_cli(session, "search", *query.split(), "--json", "--limit", "1")
    assert found.returncode == 0, found.stderr
    hit = json.loads(found.stdout)[0]
    assert not hit["blanks"], f"pick a query whose top hit has no blanks, not {hit['id']}"
    rendered = run_cli(session, "render", hit["id"])
    assert rendered.returncode == 0, rendered.stderr
    return rendered.stdout.rstrip("\n")


def xdotool(session: XSession, *args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], env=session.env, capture_output=True, text=True, check=True, timeout=30
    ).stdout


def clipboard(session: XSession) -> str:
    return subprocess.run(
        ["xclip", "-o", "-selection", "clipboard"],
        env=session.env,
        capture_output=True,
        text=True,
        timeout=10,
    ).stdout


def _client_windows(conn: display.Display, window: Any) -> list[Any]:
    """Every window below `window`, except inside the tray host (our tray icon is a calmdesk window too)."""
    found = []
    try:
        for child in window.query_tree().children:
            if any("trayer" in part.lower() for part in child.get_wm_class() or ()):
                continue
            found.append(child)
            found += _client_windows(conn, child)
    except error.BadWindow:  # a window closed while we walked the tree
        pass
    return found


def popup_windows(session: XSession, conn: display.Display | None = None) -> list[int]:
    """Ids of viewable windows titled "CalmDesk" whose WM_CLASS names calmdesk (the tray icon excluded)."""
    own = conn is None
    conn = conn or session.connect()
    try:
        result = []
        for window in _client_windows(conn, conn.screen().root):
            try:
                wm_class = window.get_wm_class() or ()
                name = window.get_full_property(conn.intern_atom("_NET_WM_NAME"), X.AnyPropertyType)
                title = name.value.decode() if name else (window.get_wm_name() or "")
                if (
                    any("calmdesk" in part.lower() for part in wm_class)
                    and title == APP_TITLE
                    and window.get_attributes().map_state == X.IsViewable
                ):
                    result.append(window.id)
            except error.BadWindow:
                continue
        return result
    finally:
        if own:
            conn.close()


def active_window(session: XSession) -> int:
    conn = session.connect()
    try:
        prop = conn.screen().root.get_full_property(conn.intern_atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType)
        return int(prop.value[0]) if prop and len(prop.value) else 0
    finally:
        conn.close()


def calmdesk_pids(session: XSession) -> list[int]:
    """Processes of this session running the app (`-m calmdesk` without a subcommand), found through /proc.

    Matched on this session's DISPLAY and runtime dir, so apps of other tests running at the same time
    do not count.
    """
    marker = {
        f"DISPLAY={session.display}".encode(),
        f"XDG_RUNTIME_DIR={session.env['XDG_RUNTIME_DIR']}".encode(),
    }
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            if not marker <= set((entry / "environ").read_bytes().split(b"\0")):
                continue
        except OSError:
            continue
        args = [a.decode(errors="replace") for a in argv if a]
        if "-m" in args and "calmdesk" in args:
            rest = args[args.index("calmdesk") + 1 :]
            if not rest or rest[0].startswith("--"):
                pids.append(int(entry.name))
    return pids
