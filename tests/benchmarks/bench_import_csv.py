"""`calmdesk import csv` of a 10,000-row sheet, as an agent runs it (a real process, a real data file), with
`--lang` or a `lang` column. Prints JSON: the median wall time of each run and the phrases held after.

usage: python tests/benchmarks/bench_import_csv.py [--rows N] [--runs N] [--lang es | --column | --plain]
(`--plain`: no language at all, as CalmDesk before languages was run: the figure to compare with.)
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LANGS = ("en", "es", "de", "fr", "pt")


def sheet(path: Path, rows: int, column: bool) -> None:
    """`rows` rows like a team's sheet; with `column`, each id once per language (rows / 5 phrases)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "title", "text", "category", "tags", *(["lang"] if column else [])])
        for n in range(rows):
            phrase, lang = (n // len(LANGS), LANGS[n % len(LANGS)]) if column else (n, "")
            text = f"Reply {phrase} ({lang or 'en'}): thanks for waiting, {{{{customer_name}}}}."
            row = [f"user.reply-{phrase}", f"Reply {phrase} {lang}".strip(), text, "wait", "reply;wait"]
            writer.writerow([*row, *([lang] if column else [])])


def run_once(source: Path, extra: list[str]) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            Path(home, var).mkdir()
            env[var] = str(Path(home, var))
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "calmdesk", "import", "csv", str(source), *extra],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        conn = sqlite3.connect(Path(home, "XDG_DATA_HOME", "calmdesk", "calmdesk.sqlite3"))
        try:
            held = int(conn.execute("SELECT count(*) FROM user_phrases").fetchone()[0])
        finally:
            conn.close()
        return seconds, held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    way = parser.add_mutually_exclusive_group()
    way.add_argument("--lang", default="es")
    way.add_argument("--column", action="store_true", help="a lang column, each id in five languages")
    way.add_argument("--plain", action="store_true", help="no --lang (CalmDesk before languages)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "sheet.csv"
        sheet(source, args.rows, args.column)
        extra = [] if args.plain or args.column else ["--lang", args.lang]
        runs = [run_once(source, extra) for _ in range(args.runs)]
    way_name = "plain" if args.plain else "lang column" if args.column else f"--lang {args.lang}"
    print(
        json.dumps(
            {
                "rows": args.rows,
                "way": way_name,
                "median_s": round(statistics.median(s for s, _ in runs), 2),
                "runs_s": [round(s, 2) for s, _ in runs],
                "phrases_held": runs[0][1],
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
