"""Cold start of the headless CLI: wall time of whole `calmdesk ...` processes. Prints JSON figures."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = {
    "version": ["--version"],
    "search": ["search", "sorry", "wait"],
    "search_json": ["search", "refund", "--json", "--limit", "5"],
    "render": ["render", "--help"],
    "checklist": ["checklist"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    # The console script is what a user types; fall back to `python -m calmdesk` when it is not installed.
    script = shutil.which("calmdesk", path=str(Path(sys.executable).parent))
    launcher = [script] if script else [sys.executable, "-m", "calmdesk"]
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, **{var: str(Path(home) / var) for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")}}
        figures: dict[str, object] = {"launcher": " ".join(launcher), "runs": args.runs}
        for name, argv in COMMANDS.items():
            # One unmeasured run first, so every sample starts with a warm disk cache.
            subprocess.run([*launcher, *argv], env=env, capture_output=True, check=True)
            samples = []
            for _ in range(args.runs):
                start = time.perf_counter()
                subprocess.run([*launcher, *argv], env=env, capture_output=True, check=True)
                samples.append((time.perf_counter() - start) * 1000)
            samples.sort()
            figures[name] = {
                "median_ms": round(statistics.median(samples), 1),
                "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 1),
                "max_ms": round(samples[-1], 1),
            }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
