"""Complaint figures: panel toggle to visible, a step tick persisted, a complaint switch repainted, and the
app's start-up time and resident memory, optionally against a baseline tree (the code before the complaint).

usage: python tests/benchmarks/bench_complaint.py [--quick] [--baseline DIR]
  DIR: a checkout of an older CalmDesk (e.g. `git archive <ref> | tar -x -C DIR`); its desktop/ goes first
  on PYTHONPATH for the start-up runs. Prints JSON; no pass/fail.
Targets (issue 6): toggle a few ms; start-up may grow by at most 10 %, RSS by at most 5 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchsession import summary, timed_start, vm_rss_mb, x_session


def _inner(reps: int) -> dict[str, object]:
    """Runs inside the X session: the real panel, watch and store, built as the app builds them."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from calmdesk.core.library import load_library
    from calmdesk.core.search import SearchIndex
    from calmdesk.store.settings import Settings
    from calmdesk.store.userstore import UserStore
    from calmdesk.system.clipboard import ClipboardWriter
    from calmdesk.ui.common.notices import Notices
    from calmdesk.ui.common.tray import Tray
    from calmdesk.ui.picker.picker_window import PickerWindow

    app = QApplication(["calmdesk"])
    tmp = Path(tempfile.mkdtemp(prefix="calmdesk-bench-"))
    store = UserStore.open(tmp / "user.sqlite3", backup_dir=tmp / "backups")
    library = load_library()
    # What the complaint adds to the app's start: built after the picker, as app/main.py builds it.
    picker = PickerWindow(SearchIndex(library.phrases), library, Settings(), ClipboardWriter(), store)
    tray = Tray()
    app.processEvents()
    rss_before, started = vm_rss_mb(os.getpid()), time.perf_counter()
    from calmdesk.app.complaint_control import ComplaintControl

    control = ComplaintControl(library, Settings(), store, ClipboardWriter(), tray, Notices())
    app.processEvents()
    share = {
        "import_and_build_ms": round((time.perf_counter() - started) * 1000, 2),
        "rss_mb": round(vm_rss_mb(os.getpid()) - rss_before, 2),
    }
    watch, panel = control.watch, control.panel
    del picker
    first = watch.new(customer="Ana Souza", channel="chat")
    second = watch.new(customer="Ben Ito", channel="email")
    assert first is not None
    assert second is not None

    def settle(until: object) -> None:
        deadline = time.perf_counter() + 5
        while not until() and time.perf_counter() < deadline:  # type: ignore[operator]
            app.processEvents()

    toggles = []
    for _ in range(reps):
        started = time.perf_counter()
        panel.summon()
        settle(lambda: panel.windowHandle() is not None and panel.windowHandle().isExposed())
        toggles.append((time.perf_counter() - started) * 1000)
        panel.hide()
        settle(lambda: not panel.isVisible())
        time.sleep(0.02)

    panel.summon()
    settle(lambda: panel.windowHandle().isExposed())
    ticks = []
    for n in range(reps * 2):
        started = time.perf_counter()
        watch.tick("listen", undo=n % 2 == 1)  # committed (WAL, synchronous=FULL) before it returns
        ticks.append((time.perf_counter() - started) * 1000)

    switches = []
    for n in range(reps):
        target = first if n % 2 == 0 else second
        started = time.perf_counter()
        watch.switch(target.id)
        panel.repaint()  # a synchronous paint: the new complaint is on screen when this returns
        switches.append((time.perf_counter() - started) * 1000)
        app.processEvents()

    panel.hide()
    watch.stop()
    store.close()
    return {
        "complaint_share_of_start": share,
        "panel_toggle_to_visible_ms": summary(toggles),
        "tick_persisted_ms": summary(ticks),
        "switch_to_repainted_ms": summary(switches),
    }


def _startups(runs: int, baseline: Path | None) -> dict[str, object]:
    trees: dict[str, Path | None] = {"now": None}
    if baseline is not None:
        trees["baseline"] = baseline
    samples: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in trees}
    for _ in range(runs):
        for name, tree in trees.items():  # interleaved, so machine load falls on both alike
            with x_session(tray=True) as session:
                env = dict(session.env)
                if tree is not None:
                    env["PYTHONPATH"] = str(tree / "desktop")
                ready, rss = timed_start(env)
            samples[name][0].append(ready)
            samples[name][1].append(rss)
    result: dict[str, object] = {
        name: {"start_to_ready_ms": summary(starts), "rss_mb": summary(rss)}
        for name, (starts, rss) in samples.items()
    }
    if baseline is not None:
        now, before = samples["now"], samples["baseline"]
        from statistics import median

        result["start_growth_pct"] = round((median(now[0]) / median(before[0]) - 1) * 100, 1)
        result["rss_growth_mb"] = round(median(now[1]) - median(before[1]), 1)
    return result


def main(argv: list[str]) -> int:
    if argv[:1] == ["--inner"]:
        print(json.dumps(_inner(int(argv[1]))))
        return 0
    quick = "--quick" in argv
    baseline = Path(argv[argv.index("--baseline") + 1]) if "--baseline" in argv else None
    reps = 5 if quick else 30
    with x_session(tray=True) as session:
        done = subprocess.run(
            [sys.executable, __file__, "--inner", str(reps)],
            env=session.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return 1
    result: dict[str, object] = {"benchmark": "complaint", **json.loads(done.stdout.splitlines()[-1])}
    result["startup"] = _startups(1 if quick else 5, baseline)
    result["targets"] = {"toggle_ms": "a few", "start_growth_pct": 10, "rss_growth_mb": 5}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    raise SystemExit(main(sys.argv[1:]))
