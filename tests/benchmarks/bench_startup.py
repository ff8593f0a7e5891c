"""Start-up figures: spawn of `python -m calmdesk` to its "calmdesk: ready" line, and resident memory after.

Prints JSON; no pass/fail. Targets: start <= 400 ms, RSS <= 80 MB.

    python tests/benchmarks/bench_startup.py                          # in the environment's locale
    python tests/benchmarks/bench_startup.py --locales en,de,es,fr,pt_BR  # each locale (interface and content
                                                                      # language), runs interleaved; each
                                                                      # against the first, run by run
    python tests/benchmarks/bench_startup.py --locales en,de --runs 15   # more runs on a busy machine
    python tests/benchmarks/bench_startup.py --locales en,de --warm   # the second start in the same home:
                                                                      # library and index caches written

The first start reads the library and index the package was built with (calmdesk/resources/prebuilt/,
made by setup.py); in a checkout, make them with `python -m calmdesk.core.shipped_library
resources/prebuilt` to measure what an installed CalmDesk does. CPU time to the ready line is printed
beside the wall time: on a shared machine it is the steadier of the two.
"""

from __future__ import annotations

import json
import statistics
import sys

from benchsession import summary, timed_start, x_session

RUNS = 5


def one_start(
    locale: str | None = None, warm: bool = False, cpu: list[float] | None = None
) -> tuple[float, float]:
    """The first start in a fresh home, or (`warm`) the start after it, which reads the caches it wrote."""
    with x_session(tray=True) as session:
        env = dict(session.env)
        if locale is not None:
            # As a desktop session of that language sets it; the app picks both its languages from these.
            env.update(LANG=f"{locale}.UTF-8", LANGUAGE=locale)
            env.pop("LC_ALL", None)
            env.pop("LC_MESSAGES", None)
        if warm:
            timed_start(env)
        return timed_start(env, cpu)


def main(argv: list[str]) -> None:
    locales: list[str | None] = [None]
    if "--locales" in argv[:-1]:
        locales = list(argv[argv.index("--locales") + 1].split(","))
    starts: dict[str | None, list[float]] = {locale: [] for locale in locales}
    rss: dict[str | None, list[float]] = {locale: [] for locale in locales}
    cpu: dict[str | None, list[float]] = {locale: [] for locale in locales}
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv[:-1] else RUNS
    warm = "--warm" in argv
    for _ in range(runs):
        for locale in locales:  # interleaved, so a busy minute weighs on every locale alike
            ready_ms, mb = one_start(locale, warm, cpu[locale])
            starts[locale].append(ready_ms)
            rss[locale].append(mb)
    figures: dict[str | None, dict[str, object]] = {
        locale: {
            "start_to_ready_ms": summary(starts[locale]),
            "cpu_to_ready_ms": summary(cpu[locale]),
            "rss_mb": summary(rss[locale]),
        }
        for locale in locales
    }
    first = locales[0]
    for locale in locales[1:]:
        # Each run's start against the first locale's in the same round, the median of those: the load of
        # a shared machine drifts over minutes, which the medians of each locale apart keep in.
        for name, samples in (("start", starts), ("cpu", cpu), ("rss", rss)):
            ratios = [a / b for a, b in zip(samples[locale], samples[first], strict=True)]
            figures[locale][f"{name}_vs_{first}"] = round(statistics.median(ratios), 3)
    shown = figures.pop(None) if None in figures else figures  # one locale: the figures as before
    print(
        json.dumps(
            {
                "benchmark": "startup",
                "start": "warm" if warm else "first",
                **shown,
                "targets": {"start_ms": 400, "rss_mb": 80},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
