"""User store speed with a busy history (10,000 usage rows): open, writes, picker reads. Prints JSON."""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from calmdesk.store.userstore import UserStore


def _figures(samples_ms: list[float]) -> dict[str, float]:
    samples_ms.sort()
    return {
        "median_ms": round(statistics.median(samples_ms), 4),
        "p95_ms": round(samples_ms[int(0.95 * (len(samples_ms) - 1))], 4),
        "max_ms": round(samples_ms[-1], 4),
    }


def _time(call: Callable[[], object], runs: int) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return _figures(samples)


def _fill(path: Path, rows: int, favourites: int) -> None:
    # Written straight into the schema the store created: 10,000 record_use calls would each fsync.
    now_us = time.time_ns() // 1000
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO usage (phrase_id, uses, last_used) VALUES (?, ?, ?)",
            ((f"phrase-{i:05d}", 1 + i % 17, now_us - (rows - i) * 60_000_000) for i in range(rows)),
        )
        conn.executemany(
            "INSERT INTO favourites (phrase_id, added_at) VALUES (?, ?)",
            ((f"phrase-{i:05d}", now_us - i) for i in range(0, rows, rows // favourites)),
        )
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--favourites", type=int, default=200)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "calmdesk.sqlite3"
        backups = Path(tmp) / "backups"
        start = time.perf_counter()
        UserStore.open(path, backup_dir=backups).close()
        create_ms = (time.perf_counter() - start) * 1000
        _fill(path, args.rows, args.favourites)

        opens = []
        for _ in range(10):
            start = time.perf_counter()
            store = UserStore.open(path, backup_dir=backups)
            opens.append((time.perf_counter() - start) * 1000)
            store.close()

        with UserStore.open(path, backup_dir=backups) as store:
            counter = iter(range(10**9))
            figures: dict[str, object] = {
                "rows": len(store.usage_counts()),
                "favourites_count": len(store.favourites()),
                "create_ms": round(create_ms, 2),
                "open": _figures(opens),
                # Writes include the fsync of synchronous=FULL: the cost of "saved means saved".
                "record_use_existing": _time(
                    lambda: store.record_use(f"phrase-{next(counter) % 9000:05d}"), 50
                ),
                "record_use_new": _time(lambda: store.record_use(f"new-{next(counter)}"), 50),
                "toggle_favourite": _time(lambda: store.toggle_favourite("phrase-00001"), 50),
                # What the picker calls every time it opens:
                "favourites": _time(store.favourites, args.runs),
                "recency": _time(store.recency, args.runs),
                "recent_20": _time(lambda: store.recent(20), args.runs),
                "usage_counts": _time(store.usage_counts, args.runs),
            }
            # A write clears the recency cache; the first read after it recomputes the weights.
            samples = []
            for i in range(50):
                store.record_use(f"phrase-{i:05d}")
                start = time.perf_counter()
                store.recency()
                samples.append((time.perf_counter() - start) * 1000)
            figures["recency_after_write"] = _figures(samples)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
