"""Reading speed as JSON: how long `read_message` takes on a long e-mail and on hostile clipboards.

    python tests/benchmarks/bench_reading.py [--quick]

Figures in milliseconds: the knowledge loaded once (cold), then p50/p95/max per reading of 5,000 characters
made of evaluation messages (a new shuffle each run: far denser in complaints than any real message), the
same for a real-looking long e-mail (long_email.txt), wall clock and the reading thread's own
CPU time (on a machine shared by many builds the wall clock measures the others as much as the reader: the
load average is printed beside it), and one reading each of 10 MB of text, 10 MB of binary data and 5,000
characters of control characters and mixed scripts.

Then the CPU time p50/p95 of other shapes of 5,000 characters (`shape_<name>_cpu_p50_ms`, `..._p95_ms`):
`one_line`, the dense messages as one line with no sentence end; `scripts`, words of Cyrillic, Greek,
Arabic, Devanagari and Chinese letters, new ones each message (none in any cache); and `clipboard_10mb`, 10 MB
of message text, of which the reader reads its first characters only.
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


def one_liners(messages: list[str]) -> list[str]:
    """The dense messages as single lines: no line break and no sentence end anywhere."""
    return [" ".join(text.replace(".", " ").replace("?", " ").replace("!", " ").split()) for text in messages]


SCRIPTS = ("\u0430\u044f", "\u03b1\u03c9", "\u0627\u064a", "\u0905\u0939", "\u4e00\u9fa5")


def other_scripts(count: int) -> list[str]:
    """`count` texts of 5,000 characters in five other scripts: made-up words, new in each text."""
    rng = random.Random(19)
    texts = []
    for _ in range(count):
        words: list[str] = []
        size = 0
        while size < LONG_CHARS:
            low, high = rng.choice(SCRIPTS)
            word = "".join(chr(rng.randint(ord(low), ord(high))) for _ in range(rng.randint(2, 10)))
            words.append(word + rng.choice(("", "", "", ",", ".", "?")))
            size += len(words[-1]) + 1
        texts.append(" ".join(words)[:LONG_CHARS])
    return texts


def cpu_times(texts: list[str], knowledge: object) -> tuple[float, float]:
    """p50 and p95 of the reading thread's CPU time per text, in milliseconds."""
    times = []
    for text in texts:
        thread = time.thread_time()
        read_message(text, knowledge)  # type: ignore[arg-type]
        times.append((time.thread_time() - thread) * 1000)
    times.sort()
    return round(statistics.median(times), 2), round(times[int(len(times) * 0.95) - 1], 2)


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
    count = 50 if quick else 400
    shapes = {
        "one_line": one_liners(messages),
        "scripts": other_scripts(count),
        "clipboard_10mb": ["Where is my order A-10492? " * 400_000] * (10 if quick else 40),
    }
    shape_figures: dict[str, float] = {}
    for name, texts in shapes.items():
        p50, p95 = cpu_times(texts, knowledge)
        shape_figures[f"shape_{name}_cpu_p50_ms"] = p50
        shape_figures[f"shape_{name}_cpu_p95_ms"] = p95
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
        **shape_figures,
    }


if __name__ == "__main__":
    print(json.dumps(main(quick="--quick" in sys.argv), indent=2))
