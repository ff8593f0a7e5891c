"""What a large team library costs at start: CalmDesk started with generated team packs beside the built-in
phrases, in one X session, to its ready line; resident memory once settled. Prints JSON.

    python tests/benchmarks/bench_library_size.py [--sizes 0 10000 50000] [--runs 3]

For each size, in a fresh profile: the first start (no library cache), then warm starts (cache current),
then starts after one pack file of the team changed (the first start after a colleague's edit). Team packs
come as files of 1,000 macros of about 230 characters each, as a contact centre exports them.
Goals (issue 18, point 5): with 10,000 team phrases warm, ready within 1.2x the built-in-only start and at
most 15 MB more; with 50,000, ready within 2 s warm and under 200 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchsession import READY_LINE, summary, vm_rss_mb, x_session

PER_FILE = 1000
_SEARCHING = re.compile(rb"searching (\d+) phrases")  # library_control's debug line, with --verbose
SETTLE_S = 1.0
TIMEOUT_S = 120.0
_WORDS = (
    *("refund", "order", "parcel", "courier", "invoice", "account", "password", "delivery", "warranty"),
    *("replacement", "voucher", "billing", "subscription", "cancel", "upgrade", "appointment", "engineer"),
    *("router", "signal", "outage", "compensation", "apology", "update"),
)


def team_file(number: int, count: int, edit: int = 0) -> str:
    """A pack file of `count` macros; `edit` changes one macro's text (a colleague's edit)."""
    lines = [
        "[pack]",
        f'id = "bench-team-{number}"',
        f'name = "Bench team {number}"',
        'language = "en"',
        f'version = "1.0.{edit}"',
    ]
    for n in range(count):
        a, b, c = (_WORDS[(number * 7 + n * k) % len(_WORDS)] for k in (1, 3, 5))
        text = (
            f"Thank you for waiting, {{{{customer_name}}}}. I have checked your {a} and the {b} "
            f"together with our {c} team; here is what happens next with case {number}-{n}"
            f"{' (updated)' if edit and n == 0 else ''}: we send it today and write to you tomorrow."
        )
        lines += [
            "",
            "[[phrase]]",
            f'id = "team{number}.macro-{n}"',
            'category = "solution"',
            f'title = "{a.capitalize()} {b} {c} {n}"',
            f'text = "{text}"',
            f'tags = ["{a}", "{b}"]',
        ]
    return "\n".join(lines) + "\n"


def write_team(folder: Path, phrases: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number in range((phrases + PER_FILE - 1) // PER_FILE):
        path = folder / f"team-{number:03d}.toml"
        path.write_text(team_file(number, min(PER_FILE, phrases - number * PER_FILE)), encoding="utf-8")
        files.append(path)
    return files


def one_start(env: dict[str, str], packs: Path | None, phrases: int = 0) -> tuple[float, float, float]:
    """ms to the ready line (the hotkey works), ms until the search holds the team's `phrases` (the app
    reads team folders on a thread since issue 15: the ready line may come first), and resident MB once
    settled after both."""
    argv = [sys.executable, "-m", "calmdesk", "--verbose", *(["--packs", str(packs)] if packs else [])]
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert proc.stderr is not None
        deadline = started + TIMEOUT_S
        ready_ms = searchable_ms = 0.0
        for line in proc.stderr:
            now = (time.perf_counter() - started) * 1000
            if line.strip() == READY_LINE:
                ready_ms = now
            found = _SEARCHING.search(line)
            if found and int(found.group(1)) >= phrases:
                searchable_ms = searchable_ms or now
            if ready_ms and (searchable_ms or not phrases):
                break
            if time.perf_counter() > deadline:
                raise RuntimeError("no ready line, or the team's phrases never searchable")
        else:
            raise RuntimeError(f"calmdesk exited ({proc.wait()}) before it was ready")
        time.sleep(SETTLE_S)
        return ready_ms, max(ready_ms, searchable_ms), vm_rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(15)


def fresh_profile(env: dict[str, str], home: Path) -> dict[str, str]:
    profile = dict(env)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        path = home / var.lower()
        path.mkdir(parents=True)
        profile[var] = str(path)
    return profile


def measure(session_env: dict[str, str], phrases: int, runs: int, work: Path) -> dict[str, object]:
    env = fresh_profile(session_env, work / f"home-{phrases}")
    packs = None
    files: list[Path] = []
    if phrases:
        packs = work / f"team-{phrases}"
        files = write_team(packs, phrases)
    first = one_start(env, packs, phrases)
    warm = [one_start(env, packs, phrases) for _ in range(runs)]
    edited = []
    for edit in range(1, (runs if files else 0) + 1):
        files[0].write_text(team_file(0, min(PER_FILE, phrases), edit=edit), encoding="utf-8")
        edited.append(one_start(env, packs, phrases))
    figures: dict[str, object] = {
        "team_phrases": phrases,
        "first_start": {
            "ready_ms": round(first[0], 1),
            "searchable_ms": round(first[1], 1),
            "rss_mb": round(first[2], 1),
        },
        "warm": _figures(warm),
    }
    if edited:
        figures["one_file_changed"] = _figures(edited)
    return figures


def _figures(starts: list[tuple[float, float, float]]) -> dict[str, object]:
    return {
        "ready_ms": summary([r for r, _, _ in starts]),
        "searchable_ms": summary([s for _, s, _ in starts]),
        "rss_mb": summary([m for _, _, m in starts]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 10_000, 50_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = sorted(set([0, *args.sizes]))
    results = {}
    with tempfile.TemporaryDirectory(prefix="calmdesk-libsize-") as tmp, x_session(tray=True) as session:
        for phrases in sizes:
            results[phrases] = measure(session.env, phrases, args.runs, Path(tmp))
    base = results[0]["warm"]
    out: dict[str, object] = {"benchmark": "library_size", "runs": args.runs, "sizes": results}
    ratios = {}
    for phrases, figures in results.items():
        if phrases:
            warm = figures["warm"]
            ratios[phrases] = {
                "warm_ready_ratio": round(warm["ready_ms"]["median"] / base["ready_ms"]["median"], 2),
                "warm_searchable_ratio": round(
                    warm["searchable_ms"]["median"] / base["ready_ms"]["median"], 2
                ),
                "warm_rss_extra_mb": round(warm["rss_mb"]["median"] - base["rss_mb"]["median"], 1),
            }
    out["against_builtin_only"] = ratios
    out["goals"] = {
        "10000": {"warm_ready_ratio": 1.2, "warm_rss_extra_mb": 15},
        "50000": {"warm_ready_ms": 2000, "warm_searchable_ms": 2000, "rss_mb": 200},
    }
    out["load_average"] = os.getloadavg()[0]
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
