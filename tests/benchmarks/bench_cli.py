"""Cold start of the headless CLI: wall time of whole `calmdesk ...` processes. Prints JSON figures.

    python tests/benchmarks/bench_cli.py [--runs 15]

Every figure comes from the same run, interleaved, so the machine's load weighs on all alike: a bare
`python -c pass` from the same interpreter is the yardstick, and `search` is timed both with the library cache
warm (what an agent gets from the second command on) and removed before each run ("search_uncached": the
first command after an install, a pack edit or a new version).
"""

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

from benchsession import installed_env

COMMANDS = {
    "version": ["--version"],
    "search": ["search", "sorry", "wait"],
    "search_uncached": ["search", "sorry", "wait"],
    "search_json": ["search", "refund", "--json", "--limit", "5"],
    "render": ["render", "--help"],
    "checklist": ["checklist"],
}


def _figures(samples: list[float]) -> dict[str, float]:
    samples = sorted(samples)
    return {
        "median_ms": round(statistics.median(samples), 1),
        "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 1),
        "min_ms": round(samples[0], 1),
        "max_ms": round(samples[-1], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    # The console script is what a user types; fall back to `python -m calmdesk` when it is not installed.
    script = shutil.which("calmdesk", path=str(Path(sys.executable).parent))
    launcher = [script] if script else [sys.executable, "-m", "calmdesk"]
    with tempfile.TemporaryDirectory() as home:
        dirs = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
        env = {**installed_env(os.environ), **{var: str(Path(home) / var) for var in dirs}}
        cache = Path(home) / "XDG_CACHE_HOME"
        commands = {"python_pass": [sys.executable, "-c", "pass"]}
        commands.update({name: [*launcher, *argv] for name, argv in COMMANDS.items()})
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # one unmeasured run each first: a warm disk cache for all
            subprocess.run(command, env=env, capture_output=True, check=True)
        for _ in range(args.runs):
            for name, command in commands.items():
                if name == "search_uncached":
                    shutil.rmtree(cache, ignore_errors=True)
                start = time.perf_counter()
                subprocess.run(command, env=env, capture_output=True, check=True)
                samples[name].append((time.perf_counter() - start) * 1000)
        figures: dict[str, object] = {"launcher": " ".join(launcher), "runs": args.runs}
        figures.update({name: _figures(values) for name, values in samples.items()})
        base = statistics.median(samples["python_pass"])
        figures["ratio_to_python_pass"] = {
            name: round(statistics.median(samples[name]) / base, 1) for name in ("search", "search_uncached")
        }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
