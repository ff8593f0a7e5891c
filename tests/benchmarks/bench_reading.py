"""Reading speed as JSON: how long `read_message` takes on a long e-mail and on hostile clipboards.

    python tests/benchmarks/bench_reading.py [--quick]

Figures in milliseconds: the knowledge loaded once (cold), then p50/p95/max per reading of 5,000 characters
made of evaluation messages (a new shuffle each run: far denser in complaints than any real message), the
same for a real-looking long e-mail (long_email.txt), wall clock and the reading thread's own
CPU time (on a machine shared by many builds the wall clock measures the others as much as the reader: the
load average is printed beside it), and one reading each of 10 MB of text, 10 MB of binary data and 5,000
characters of control characters and mixed scripts.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "desktop") not in sys.path:
    sys.path.append(str(ROOT / "desktop"))
if str(ROOT / "tests" / "benchmarks") not in sys.path:
    sys.path.append(str(ROOT / "tests" / "benchmarks"))

from reading_quality import load_cases  # noqa: E402

from calmdesk.core.reading import load_knowledge, read_message  # noqa: E402

LONG_CHARS = 5_000
# A real long e-mail of about 5,000 characters: a complaint told in full, a signature and a quoted reply.
LONG_EMAIL = Path(__file__).with_name("long_email.txt")


def long_messages(count: int) -> list[str]:
    """`count` different messages of 5,000 characters, each a shuffle of the evaluation messages."""
    texts = [case.text for case in load_cases()]
    rng = random.Random(19)
    result = []
    for _ in range(count):
        rng.shuffle(texts)
        result.append("\n\n".join(texts)[:LONG_CHARS])
    return result


def millis(action: object, *args: object) -> float:
    start = time.perf_counter()
    action(*args)  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def main(quick: bool = False) -> dict[str, float]:
    load_ms = millis(load_knowledge)
    knowledge = load_knowledge()
    messages = long_messages(50 if quick else 400)
    read_message(messages[0], knowledge)  # the first reading fills the typo cache: count it apart
    runs: list[float] = []
    cpu: list[float] = []
    for text in messages:
        wall, thread = time.perf_counter(), time.thread_time()
        read_message(text, knowledge)
        cpu.append((time.thread_time() - thread) * 1000)
        runs.append((time.perf_counter() - wall) * 1000)
    runs.sort()
    cpu.sort()
    email = LONG_EMAIL.read_text(encoding="utf-8")
    email_cpu: list[float] = []
    for _ in range(50 if quick else 400):
        thread = time.thread_time()
        read_message(email, knowledge)
        email_cpu.append((time.thread_time() - thread) * 1000)
    email_cpu.sort()
    hostile = {
        "text_10mb_ms": millis(read_message, "Where is my order A-10492? " * 400_000, knowledge),
        "binary_10mb_ms": millis(read_message, os.urandom(10 * 1024 * 1024), knowledge),
        "controls_ms": millis(read_message, "".join(chr(c % 0x3000) for c in range(5_000)), knowledge),
    }
    return {
        "knowledge_load_ms": round(load_ms, 1),
        "read_5000_p50_ms": round(statistics.median(runs), 2),
        "read_5000_p95_ms": round(runs[int(len(runs) * 0.95) - 1], 2),
        "read_5000_max_ms": round(runs[-1], 2),
        "read_5000_cpu_p50_ms": round(statistics.median(cpu), 2),
        "read_5000_cpu_p95_ms": round(cpu[int(len(cpu) * 0.95) - 1], 2),
        "long_email_chars": len(email),
        "long_email_cpu_p50_ms": round(statistics.median(email_cpu), 2),
        "long_email_cpu_p95_ms": round(email_cpu[int(len(email_cpu) * 0.95) - 1], 2),
        "load_average": round(os.getloadavg()[0], 2),
        **{name: round(value, 1) for name, value in hostile.items()},
    }


if __name__ == "__main__":
    print(json.dumps(main(quick="--quick" in sys.argv), indent=2))
