"""A team folder of 5,000 pack files: one file changes while `calmdesk toggle` is asked again and again.

usage: python tests/benchmarks/bench_team_folder.py [--files 5000] [--changes 3] [--tree DIR]
  Starts the real app in an X session with `--packs` on the folder, changes one file at a time, and meanwhile
  times the app's answer to `toggle` over its local socket (what `calmdesk toggle` waits for). DIR: another
  CalmDesk tree (e.g. `git archive <ref> | tar -x -C DIR`), whose desktop/ goes first on PYTHONPATH: the
  figures before a change. Prints JSON; no pass/fail. Issue 15, point 13: before, each change reloaded for
  2.9-4.5 s on the GUI thread and toggle answered in 4-5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchsession import READY_LINE, installed_env, summary, x_session

RELOADED = re.compile(rb"pack folders reloaded in ([0-9.]+) s")
# Since issue 15's stop 15 the app reads its team folders on a thread after it is ready: it says so first.
READING_TEAMS = b"team folders: read on a thread"
TEAMS_READ = re.compile(rb"team folders read at start in ([0-9.]+) s")


def team_pack(n: int, version: int) -> str:
    return (
        f'[pack]\nid = "bench-team-{n}"\nname = "Bench team {n}"\nlanguage = "en"\n'
        f'version = "1.0.{version}"\n\n'
        f'[[phrase]]\nid = "team.bench-{n}"\ncategory = "solution"\ntitle = "Team answer {n}"\n'
        f'text = "Answer {n} for {{{{customer_name}}}}, version {version}."\ntags = ["bench", "t{n}"]\n'
    )


class AppLog:
    """The app's stderr, read on a thread: when it was ready, and each reload's own time."""

    def __init__(self, stream) -> None:  # type: ignore[no-untyped-def]
        self.ready = threading.Event()
        self.reading_teams = False  # the team folders are read after the ready line
        self.teams_read = threading.Event()
        self.reloads: list[float] = []
        self._stream = stream
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self._stream:
            if line.strip() == READY_LINE:
                self.ready.set()
            if READING_TEAMS in line:
                self.reading_teams = True
            if TEAMS_READ.search(line):
                self.teams_read.set()
            found = RELOADED.search(line)
            if found and self.teams_read.is_set() == self.reading_teams:  # not the start-up read
                self.reloads.append(float(found.group(1)))


def toggle_ms(env: dict[str, str]) -> float | None:
    """One `toggle` request over the app's socket: ms to its answer (None: no answer within 30 s)."""
    from calmdesk.system.instance import send_request

    os.environ.update({k: v for k, v in env.items() if k.startswith("XDG_") or k == "HOME"})
    started = time.perf_counter()
    reply = send_request("toggle", timeout=30.0)
    return (time.perf_counter() - started) * 1000 if reply is not None else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--changes", type=int, default=3)
    parser.add_argument("--tree", type=Path)
    args = parser.parse_args()
    result: dict[str, object] = {"files": args.files, "tree": str(args.tree or "this one")}
    with tempfile.TemporaryDirectory(prefix="calmdesk-team-") as tmp:
        share = Path(tmp) / "share"
        share.mkdir()
        for n in range(args.files):
            (share / f"p{n:05}.toml").write_text(team_pack(n, 0), encoding="utf-8")
        time.sleep(2.5)  # older than a coarse file clock's tick, as a share's files are
        with x_session(tray=True) as session:
            env = installed_env(session.env)
            if args.tree is not None:
                env["PYTHONPATH"] = os.pathsep.join([str(args.tree / "desktop"), env.get("PYTHONPATH", "")])
            started = time.perf_counter()
            app = subprocess.Popen(
                [sys.executable, "-m", "calmdesk", "--verbose", "--packs", str(share)],
                env=env,
                stderr=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
            )
            try:
                log = AppLog(app.stderr)
                if not log.ready.wait(1800):
                    raise RuntimeError("the app was not ready within 30 minutes")
                result["start_to_ready_s"] = round(time.perf_counter() - started, 1)
                if log.reading_teams:  # toggle while the team folder is read at start
                    reading: list[float] = []
                    while not log.teams_read.wait(0.05) and time.perf_counter() - started < 1800:
                        ms = toggle_ms(env)
                        if ms is not None:
                            reading.append(ms)
                    result["start_to_team_phrases_s"] = round(time.perf_counter() - started, 1)
                    result["toggle_during_start_read_ms"] = summary(reading) if reading else None
                time.sleep(1.0)
                idle = [ms for ms in (toggle_ms(env) for _ in range(10)) if ms is not None]
                result["toggle_idle_ms"] = summary(idle)
                changes = []
                for change in range(1, args.changes + 1):
                    seen = len(log.reloads)
                    (share / f"p{42 * change:05}.toml").write_text(team_pack(42 * change, change), "utf-8")
                    changed = time.perf_counter()
                    answers: list[float] = []
                    unanswered = 0
                    while len(log.reloads) == seen and time.perf_counter() - changed < 600:
                        ms = toggle_ms(env)
                        if ms is None:
                            unanswered += 1
                        else:
                            answers.append(ms)
                        time.sleep(0.05)
                    changes.append(
                        {
                            "change_to_reloaded_s": round(time.perf_counter() - changed, 2),
                            "reload_s": log.reloads[seen] if len(log.reloads) > seen else None,
                            "toggle_during_ms": summary(answers) if answers else None,
                            "toggle_unanswered": unanswered,
                        }
                    )
                result["changes"] = changes
            finally:
                app.terminate()
                app.wait(30)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
