"""CalmDesk beside a native tray app: CalmDesk and CopyQ (Debian's copyq, a Qt clipboard manager) started
in one X session, alternating, each timed to its icon in the tray, with resident memory once settled.

    python tests/benchmarks/bench_native.py [--runs 5] [--floor]

`--floor` also starts, alternating with the two, the least a PySide6 tray app can be: a QApplication that
shows one QSystemTrayIcon and nothing else. No Python and PySide6 program starts faster than it, so it is
the yardstick of docs/decisions/start-time-goal.md (CalmDesk within 2x of it).

The common yardstick is the tray icon: the moment the app's icon window is embedded in the tray host
(trayer), seen by python-xlib walking the window tree every few milliseconds. CalmDesk's own "calmdesk:
ready" line (printed when its hotkey is grabbed, just before its event loop runs) is reported beside it.
Goals (issue 18): at most 80 MB resident; the tray icon within 2x the floor (`--floor`; was 2x CopyQ).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from typing import Any

from benchsession import READY_LINE, summary, vm_rss_mb, x_session
from Xlib import X, error

SETTLE_S = 1.0
TIMEOUT_S = 30.0
# The floor: Python, PySide6's QtWidgets and a tray icon. Its WM_CLASS instance is "floortray".
FLOOR = """
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(["floortray"])
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("teal"))
icon = QSystemTrayIcon(QIcon(pixmap))
icon.show()
app.exec()
"""


def tray_host(session) -> Any:  # type: ignore[no-untyped-def]
    """trayer's panel window (WM_CLASS "panel", "trayer"), inside its openbox frame: icons are embedded below
    it. Found by class, not by being mapped: with --widthtype request an empty tray may stay unmapped."""
    conn = session.connect()
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        stack = [conn.screen().root]
        while stack:
            window = stack.pop()
            try:
                if tuple(window.get_wm_class() or ()) == ("panel", "trayer"):
                    return conn, window
                stack += window.query_tree().children
            except error.BadWindow:
                continue
        time.sleep(0.05)
    conn.close()
    raise RuntimeError("no tray host (trayer's panel) in the session")


def tray_icon_of(host: Any, wm_class: str) -> bool:
    """True once a window of `wm_class` is embedded (mapped) in the tray host."""
    stack = list(host.query_tree().children)
    while stack:
        window = stack.pop()
        try:
            names = window.get_wm_class() or ()
            if (
                any(wm_class in part.lower() for part in names)
                and window.get_attributes().map_state != X.IsUnmapped
            ):
                return True
            stack += window.query_tree().children
        except error.BadWindow:  # closed while we looked
            continue
    return False


def start(session, argv: list[str], wm_class: str, *, ready_line: bytes | None) -> dict[str, float]:  # type: ignore[no-untyped-def]
    conn, host = tray_host(session)
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=session.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    figures: dict[str, float] = {}
    try:
        os.set_blocking(proc.stderr.fileno(), False)  # type: ignore[union-attr]
        seen = b""
        wanted = {"tray_ms"} | ({"ready_ms"} if ready_line is not None else set())
        while not wanted <= figures.keys():
            if proc.poll() is not None:
                raise RuntimeError(
                    f"{argv[0]} exited with {proc.returncode}: {seen.decode(errors='replace')}"
                )
            if time.perf_counter() - started > TIMEOUT_S:
                raise RuntimeError(f"{argv[0]}: no tray icon after {TIMEOUT_S} s")
            chunk = proc.stderr.read() or b""  # type: ignore[union-attr]
            seen += chunk
            if ready_line is not None and "ready_ms" not in figures and ready_line in seen:
                figures["ready_ms"] = (time.perf_counter() - started) * 1000
            if "tray_ms" not in figures and tray_icon_of(host, wm_class):
                figures["tray_ms"] = (time.perf_counter() - started) * 1000
            time.sleep(0.005)
        time.sleep(SETTLE_S)
        figures["rss_mb"] = vm_rss_mb(proc.pid)
        return figures
    finally:
        conn.close()
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--floor", action="store_true", help="also time a bare PySide6 tray icon")
    args = parser.parse_args()
    copyq = shutil.which("copyq")
    if copyq is None:
        raise SystemExit(
            "bench_native: CopyQ is missing (apt-get install copyq; scripts/system-packages.sh --test)"
        )
    calmdesk: dict[str, list[float]] = {"ready_ms": [], "tray_ms": [], "rss_mb": []}
    native: dict[str, list[float]] = {"tray_ms": [], "rss_mb": []}
    floor: dict[str, list[float]] = {"tray_ms": [], "rss_mb": []}
    with x_session(tray=True) as session:
        for _ in range(args.runs):
            for key, value in start(
                session, [sys.executable, "-m", "calmdesk"], "calmdesk", ready_line=READY_LINE
            ).items():
                calmdesk[key].append(value)
            # CopyQ keeps its settings and history under the session's XDG folders (a temporary home).
            for key, value in start(session, [copyq], "copyq", ready_line=None).items():
                native[key].append(value)
            if args.floor:
                bare = [sys.executable, "-c", FLOOR]
                for key, value in start(session, bare, "floortray", ready_line=None).items():
                    floor[key].append(value)
    median = statistics.median
    beside_floor: dict[str, Any] = {}
    if args.floor:
        beside_floor = {
            "bare_pyside6_tray": {key: summary(values) for key, values in floor.items()},
            "ratio_bare_tray_to_copyq": round(median(floor["tray_ms"]) / median(native["tray_ms"]), 2),
            "ratio_tray_ms_to_bare": round(median(calmdesk["tray_ms"]) / median(floor["tray_ms"]), 2),
        }
    print(
        json.dumps(
            {
                "benchmark": "native_tray_app",
                "runs": args.runs,
                "calmdesk": {key: summary(values) for key, values in calmdesk.items()},
                "copyq": {key: summary(values) for key, values in native.items()},
                "ratio_tray_ms": round(median(calmdesk["tray_ms"]) / median(native["tray_ms"]), 2),
                "ratio_ready_line_to_copyq_tray": round(
                    median(calmdesk["ready_ms"]) / median(native["tray_ms"]), 2
                ),
                "ratio_rss": round(median(calmdesk["rss_mb"]) / median(native["rss_mb"]), 2),
                **beside_floor,
                "goals": {"ratio_tray_ms_to_bare": 2.0, "calmdesk_rss_mb": 80},
                "copyq_version": subprocess.run(
                    [copyq, "--version"], capture_output=True, text=True, check=False
                ).stdout.split("\n", 1)[0],
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
