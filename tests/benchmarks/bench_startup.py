"""Start-up figures: spawn of `python -m calmdesk` to its "calmdesk: ready" line, and resident memory after.

Prints JSON; no pass/fail. Targets: start <= 400 ms, RSS <= 80 MB.
"""

from __future__ import annotations

import json

from benchsession import summary, timed_start, x_session

RUNS = 5


def one_start() -> tuple[float, float]:
    with x_session(tray=True) as session:
        return timed_start(session.env)


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
