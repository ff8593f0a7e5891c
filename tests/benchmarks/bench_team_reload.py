"""A team pack changes on disk: time to the reloaded library (debounce included) and the load itself. JSON."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from calmdesk.app.pack_control import DEBOUNCE_MS, PackControl
from calmdesk.core.library import load_library


def team_pack(count: int, version: int) -> str:
    head = f'[pack]\nid = "bench-team"\nname = "Bench team"\nlanguage = "en"\nversion = "1.0.{version}"\n'
    phrases = "".join(
        f'\n[[phrase]]\nid = "team.bench-{n}"\ncategory = "solution"\ntitle = "Team answer {n} v{version}"\n'
        f'text = "Answer {n} for {{{{customer_name}}}}, version {version}."\ntags = ["bench", "t{n}"]\n'
        for n in range(count)
    )
    return head + phrases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--phrases", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QCoreApplication([])
    to_reload: list[float] = []
    load_only: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        share, cache = Path(folder) / "share", Path(folder) / "cache"
        share.mkdir()
        (share / "team.toml").write_text(team_pack(args.phrases, 0), encoding="utf-8")
        control = PackControl(lambda: load_library([share], cache_dir=cache), [share])
        for run in range(1, args.runs + 1):
            loop = QEventLoop()
            done: list[float] = []
            control.reloaded.connect(
                lambda _lib, seconds, done=done, loop=loop: (done.append(seconds), loop.quit())
            )
            start = time.perf_counter()
            (share / "team.toml").write_text(team_pack(args.phrases, run), encoding="utf-8")
            QTimer.singleShot(10_000, loop.quit)
            loop.exec()
            to_reload.append((time.perf_counter() - start) * 1000)
            load_only.append(done[0] * 1000 if done else float("nan"))
            control.reloaded.disconnect()
    del app
    print(
        json.dumps(
            {
                "team_phrases": args.phrases,
                "debounce_ms": DEBOUNCE_MS,
                "change_to_reloaded_median_ms": round(statistics.median(to_reload), 1),
                "reload_load_median_ms": round(statistics.median(load_only), 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
