"""A private session bus (its own dbus-daemon) with the tests' GlobalShortcuts portal on it."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from procs import end_process
from waylandsession import WaylandSessionError, wait_until

PORTAL_SCRIPT = Path(__file__).with_name("shortcuts_portal.py")


# A session bus that starts no services on demand: with the standard one, an installed xdg-desktop-portal
# would be started and answer for the portal's name, whatever the test meant the desktop to have.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class PrivateBus:
    """dbus-daemon on a socket of its own, with no services to start; `address` goes into
    DBUS_SESSION_BUS_ADDRESS."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "bus"
        self.address = f"unix:path={self.path}"
        config = folder / "bus.conf"
        config.write_text(_BUS_CONFIG.format(path=self.path), encoding="utf-8")
        self._log = (folder / "dbus-daemon.log").open("wb")
        self.proc = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        wait_until(self.path.exists, 10, "the private session bus")

    def stop(self) -> None:
        end_process(self.proc)
        self._log.close()


class ShortcutsPortal:
    """shortcuts_portal.py on `bus`: what it prints arrives in a queue, `press()` presses the shortcut."""

    def __init__(self, env: Mapping[str, str], bus: PrivateBus, *options: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(PORTAL_SCRIPT), *options],
            env={**env, "DBUS_SESSION_BUS_ADDRESS": bus.address},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        self.said: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.expect("ready")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put(line.strip())

    def expect(self, prefix: str, timeout: float = 15) -> str:
        """The next line it prints that starts with `prefix` (earlier lines are kept in `said`)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                stderr = ""
                if self.proc.poll() is not None and self.proc.stderr is not None:
                    stderr = self.proc.stderr.read()
                raise WaylandSessionError(
                    f"the portal did not say {prefix!r} within {timeout}s (said {self.said}) {stderr}"
                ) from None
            self.said.append(line)
            if line.startswith(prefix):
                return line

    def press(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("press\n")
        self.proc.stdin.flush()
        self.expect("pressed")

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        end_process(self.proc)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
