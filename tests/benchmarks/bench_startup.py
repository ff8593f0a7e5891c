"""Start-up figures: spawn of `python -m calmdesk` to its "calmdesk: ready" line, and resident memory after.

Prints JSON; no pass/fail. Targets: start <= 400 ms, RSS <= 80 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from benchsession import summary, x_session

READY_LINE = b"calmdesk: ready"
RUNS = 5


def vm_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def one_start() -> tuple[float, float]:
    with x_session(tray=True) as session:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "calmdesk"],
            env=session.env,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
        )
        try:
            assert proc.stderr is not None
            for line in proc.stderr:
                if line.strip() == READY_LINE:
                    break
            else:
                raise RuntimeError(f"calmdesk exited ({proc.wait()}) before it was ready")
            ready_ms = (time.perf_counter() - started) * 1000
            time.sleep(1.0)  # settle: the event loop has run, the tray icon is embedded
            rss = vm_rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(10)
        return ready_ms, rss


def main() -> None:
    starts, rss = [], []
    for _ in range(RUNS):
        ready_ms, mb = one_start()
        starts.append(ready_ms)
        rss.append(mb)
    print(
        json.dumps(
            {
                "benchmark": "startup",
                "start_to_ready_ms": summary(starts),
                "rss_mb": summary(rss),
                "targets": {"start_ms": 400, "rss_mb": 80},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
