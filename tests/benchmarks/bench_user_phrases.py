"""What 300,000 imported phrases cost every command: reading them from the store, and a whole `calmdesk
search`. Prints JSON.

    python tests/benchmarks/bench_user_phrases.py [--rows 300000] [--runs 5] [--source NAME=DIR ...] [--app]

One data file of `--rows` phrases as an import leaves them (each with its own trigger among its tags, so no
two tag lists are equal: the worst case for the reader), then, interleaved so the machine's load weighs on
all alike, for each source tree (a `desktop/` folder; default this checkout's): `load_ms`, the time of
`UserPhrases(store)` inside a process (what the CLI and the app's start pay), and `search_ms` and
`search_max_rss_mb`, a whole `python -m calmdesk search sorry wait` process; with `--app`, in a fresh X
session, also `app_ready_ms` and `app_rss_mb`: the tray app started to its ready line (the user phrases
loaded and indexed), resident memory once settled. To compare with an older version:
`git archive main desktop | tar -x -C /tmp/old` and `--source main=/tmp/old/desktop`.
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
from pathlib import Path

from benchsession import installed_env, timed_start, x_session

THIS = Path(__file__).resolve().parents[2] / "desktop"
_WORDS = ("refund", "order", "parcel", "courier", "invoice", "account", "delivery", "warranty", "voucher")

# Run inside the source tree under test, so old and new code each read with their own reader.
_FILL = """
import sys
from calmdesk.core.model import Phrase
from calmdesk.store.user_phrases import UserPhrase, UserPhrases
from calmdesk.store.userstore import UserStore
words, count = sys.argv[1].split(","), int(sys.argv[2])
def phrase(n):
    a, b = words[n % 9], words[n * 5 % 9]
    text = f"Thank you, {{{{customer_name}}}}. Your {a} and {b} are on their way ({n})."
    channels = ("chat", "email") if n % 4 else ("chat", "email", "phone", "social")
    title = f"{a.capitalize()} reply {n}"
    return Phrase(f"imported.s{n}", "solution", title, text, "user", (a, b, f"s{n}"), channels)
with UserStore.open() as store:
    UserPhrases(store).save_many([UserPhrase(phrase(n), origin="espanso: base.yml") for n in range(count)])
"""
_LOAD = """
import json, time
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import UserStore
with UserStore.open() as store:
    started, cpu = time.perf_counter(), time.process_time()
    count = len(UserPhrases(store).all())
    print(json.dumps([(time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000, count]))
"""


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall ms, peak resident MB and stdout of one process (reaped by wait4, which gives its own peak)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=out, stderr=err, text=True)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = (time.perf_counter() - started) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode:
            raise RuntimeError(f"{command[1:4]} failed ({proc.returncode}): {err.read()[-2000:]}")
        return wall, usage.ru_maxrss / 1024, out.read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", action="append", default=[], metavar="NAME=DIR")
    parser.add_argument("--app", action="store_true", help="time the tray app's start too (Xvfb)")
    args = parser.parse_args()
    sources = dict(s.split("=", 1) for s in args.source) or {"this": str(THIS)}
    if args.app:
        with x_session() as session:
            print(json.dumps(_measure(args, sources, session.env), indent=2))
        return
    with tempfile.TemporaryDirectory() as home:
        dirs = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
        base = {**installed_env(os.environ), **{var: str(Path(home) / var) for var in dirs}}
        print(json.dumps(_measure(args, sources, base), indent=2))


def _measure(args: argparse.Namespace, sources: dict[str, str], base: dict[str, str]) -> dict[str, object]:
    """Fill one data file, then time every source tree on it, interleaved."""
    envs = {name: {**base, "PYTHONPATH": tree} for name, tree in sources.items()}
    first = next(iter(envs.values()))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", _FILL, ",".join(_WORDS), str(args.rows)], env=first, check=True)
    fill_s = time.perf_counter() - started
    search = [sys.executable, "-m", "calmdesk", "search", "sorry", "wait"]
    samples: dict[str, dict[str, list[float]]] = {
        name: {"load_ms": [], "load_cpu_ms": [], "search_ms": []} for name in sources
    }
    peaks: dict[str, float] = {}
    for env in envs.values():  # unmeasured: a warm disk and library cache for every tree
        _run(search, env)
    for _ in range(args.runs):
        for name, env in envs.items():
            _wall, _rss, out = _run([sys.executable, "-c", _LOAD], env)
            load_ms, cpu_ms, count = json.loads(out)
            if count != args.rows:
                raise RuntimeError(f"{name} read {count} of {args.rows} phrases")
            samples[name]["load_ms"].append(load_ms)
            samples[name]["load_cpu_ms"].append(cpu_ms)
            wall, rss, _out = _run(search, env)
            samples[name]["search_ms"].append(wall)
            peaks[name] = max(peaks.get(name, 0.0), rss)
            if args.app:
                ready_ms, app_mb = timed_start(env)
                samples[name].setdefault("app_ready_ms", []).append(ready_ms)
                samples[name].setdefault("app_rss_mb", []).append(app_mb)
    figures: dict[str, object] = {"rows": args.rows, "runs": args.runs, "fill_s": round(fill_s, 1)}
    for name, values in samples.items():
        figures[name] = {
            **{key: round(statistics.median(v), 1) for key, v in values.items()},
            **{f"{key}_min": round(min(v), 1) for key, v in values.items()},
            "search_max_rss_mb": round(peaks[name], 1),
        }
    return figures


if __name__ == "__main__":
    main()
