"""The picker with a customer's message on the clipboard: the GUI thread's cost, and when the line shows.

Run: python tests/benchmarks/bench_picker_reading.py [--rounds N] [--quick]  (prints one JSON object).
Figures (ms): `summon_*`: summon() with an empty clipboard and with a 5,000-character e-mail on it (the
reading must not add to it); `fetch_*`: the GUI thread's look at the selection and clipboard (the issue's
5 ms budget); `read_*`: reading it in the worker (secrets guard, reader, answers; wall and CPU);
`xclip_*` (with QT_QPA_PLATFORM=xcb on X11): starting one helper process, and the whole look through them;
`apply_*`: the list re-ranked and the blanks refilled with the reading; `line_*`: summon to the reading
line shown (the first one loads the reader's data in the worker).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from calmdesk.core.library import load_library
from calmdesk.core.reading import builtin_knowledge
from calmdesk.core.reading.for_reply import Offered, read_offered
from calmdesk.core.search import SearchIndex
from calmdesk.store.settings import Settings
from calmdesk.store.userstore import UserStore
from calmdesk.ui.picker.message_reader import CLIPBOARD_CHARS, clipboard_offers
from calmdesk.ui.picker.picker_window import PickerWindow
from calmdesk.ui.picker.selection_fetch import SelectionFetch, xclip_fetch_possible

EMAIL = (Path(__file__).with_name("long_email.txt")).read_text(encoding="utf-8")[:5000]


class Clipboard:
    def copy(self, text: str, html: str | None = None) -> None:
        QGuiApplication.clipboard().setText(text)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def figures(name: str, samples: list[float]) -> dict[str, float]:
    return {
        f"{name}_p50_ms": round(statistics.median(samples), 2),
        f"{name}_p95_ms": round(percentile(samples, 95), 2),
    }


def timed(act: object) -> float:
    start = time.perf_counter()
    act()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def cpu_timed(act: object) -> float:
    """This thread's CPU time: what the work costs, whatever else the machine's cores are doing."""
    start = time.thread_time()
    act()  # type: ignore[operator]
    return (time.thread_time() - start) * 1000


def offer_elsewhere(text: str) -> None:
    """Put `text` on the X clipboard from another program, as a chat tool would (xclip keeps serving it)."""
    subprocess.run(["xclip", "-selection", "clipboard", "-in"], input=text.encode(), timeout=10, check=True)


def xclip_figures(app: QApplication, rounds: int) -> dict[str, float]:
    """With another program owning the clipboard (xclip): the GUI thread's share of starting a helper
    process (`xclip_start`), and the whole look at the selection and clipboard (`xclip_round`)."""
    offer_elsewhere(EMAIL)
    fetcher = SelectionFetch()
    starts, whole = [], []
    for _ in range(rounds):
        got: list[object] = []
        start = time.perf_counter()
        fetcher.fetch(got.append, CLIPBOARD_CHARS)
        starts.append((time.perf_counter() - start) * 1000)
        while not got:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        whole.append((time.perf_counter() - start) * 1000)
    return figures("xclip_start", starts) | figures("xclip_round", whole)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--quick", action="store_true", help="a few rounds: does it run at all")
    args = parser.parse_args()
    rounds = 3 if args.quick else args.rounds
    app = QApplication(sys.argv[:1])
    clipboard = QGuiApplication.clipboard()
    x11 = xclip_fetch_possible()
    # On X11 a text this process puts on the clipboard is its own copy, which the picker rightly skips.
    offer: Callable[[str], None] = offer_elsewhere if x11 else clipboard.setText
    library = load_library()
    known = frozenset(p.id for p in library.phrases)
    with tempfile.TemporaryDirectory() as tmp, UserStore.open(os.path.join(tmp, "u.sqlite3")) as store:
        picker = PickerWindow(
            SearchIndex.for_library(library), library, Settings(agent_name="Sam"), Clipboard(), store
        )
        other = QWidget()  # where the agent works between summons

        def away() -> None:
            picker.hide()
            other.show()
            other.activateWindow()  # the agent's chat has the keyboard: the next summon activates the popup
            deadline = time.perf_counter() + 1  # without a window manager nothing gets activated
            while not other.isActiveWindow() and time.perf_counter() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

        def wait_line(shown: bool = True) -> float:
            start = time.perf_counter()
            while picker.reading_line.isVisible() != shown:
                if time.perf_counter() - start > 20:
                    raise SystemExit("bench_picker_reading: the reading line never showed")
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            return (time.perf_counter() - start) * 1000

        result: dict[str, object] = {
            "benchmark": "picker_reading",
            "platform": QGuiApplication.platformName(),
        }
        offer(EMAIL)
        start = time.perf_counter()
        picker.summon()
        first = (time.perf_counter() - start) * 1000 + wait_line()
        result["line_first_ms"] = round(first, 1)
        empty, full, line = [], [], []
        for n in range(rounds):
            away()
            offer("")
            empty.append(timed(picker.summon))
            wait_line(shown=False)  # nothing on the clipboard: the last message's line goes
            away()
            offer(EMAIL + f"\n{n}")  # a new message each time: read again, not remembered
            full.append(timed(picker.summon))
            line.append(full[-1] + wait_line())
        result |= figures("summon_empty", empty) | figures("summon_message", full) | figures("line", line)
        result |= figures("fetch", [timed(clipboard_offers) for _ in range(rounds * 5)])
        if x11:  # X11: what the picker really does there (xclip helper processes)
            result |= xclip_figures(app, rounds)
        knowledge = builtin_knowledge()
        reads = [timed(lambda: read_offered([Offered(EMAIL)], known, knowledge)) for _ in range(rounds * 5)]
        result |= figures("read", reads)
        cpu = [cpu_timed(lambda: read_offered([Offered(EMAIL)], known, knowledge)) for _ in range(rounds * 5)]
        result |= figures("read_cpu", cpu)
        outcome = read_offered([Offered(EMAIL)], known, knowledge)

        def apply() -> None:
            picker.flow.set_reading(None)
            picker.search.refresh()
            picker.flow.set_reading(outcome.reading, outcome.offered)
            picker.search.refresh()

        result |= figures("apply_two_refreshes", [timed(apply) for _ in range(rounds)])
        result["message_chars"] = len(EMAIL)
        result["phrases"] = len(library.phrases)
        picker.hide()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
