"""Backup, restore and the good-backup search on a busy data file (10,000 usage rows). Prints JSON."""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from calmdesk.store.restore import newest_good_backup
from calmdesk.store.userstore import UserStore


def _fill(path: Path, rows: int) -> None:
    now_us = time.time_ns() // 1000
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO usage (phrase_id, uses, last_used) VALUES (?, ?, ?)",
            ((f"phrase-{i:05d}", 1 + i % 17, now_us - i) for i in range(rows)),
        )
    conn.close()


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "calmdesk.sqlite3"
        backups = Path(tmp) / "backups"
        UserStore.open(path, backup_dir=backups).close()
        _fill(path, args.rows)
        with UserStore.open(path, backup_dir=backups) as store:
            backup_s, restore_s, newest_s = [], [], []
            for _ in range(args.runs):  # the rotation is full after five: each backup also prunes
                start = time.perf_counter()
                saved = store.backup("bench")
                backup_s.append(time.perf_counter() - start)
            for _ in range(args.runs):
                start = time.perf_counter()
                store.restore(saved)
                restore_s.append(time.perf_counter() - start)
                saved = sorted(backups.glob("backup-*"))[-1]
            for _ in range(args.runs):
                start = time.perf_counter()
                newest_good_backup(backups)
                newest_s.append(time.perf_counter() - start)
            figures = {
                "rows": len(store.usage_counts()),
                "file_kb": round(path.stat().st_size / 1024),
                "backup_ms": _median_ms(backup_s),
                "restore_ms": _median_ms(restore_s),
                "newest_good_backup_ms": _median_ms(newest_s),
                "files_in_backup_dir": len(list(backups.iterdir())),
            }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
