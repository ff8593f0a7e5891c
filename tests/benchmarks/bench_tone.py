"""Tone check speed as JSON: a 2,000-character draft checked the way the picker does on each keystroke.

    python tests/benchmarks/bench_tone.py [--quick] [--lang es]   # es, de, fr, pt: that language's rules

Figures: rules load + compile once, then per-check p50/p95/max in milliseconds over a draft that grows one
character at a time up to 2,000 characters (the keystroke case) and the full 2,000-character draft.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "desktop") not in sys.path:
    sys.path.append(str(ROOT / "desktop"))

from calmdesk.core.tone import ToneChecker, ToneContext, load_rules  # noqa: E402

PARAGRAPH = (
    "Hi Maria, I'm sorry the parcel still hasn't arrived. As I already said, it's not our fault, the "
    "courier lost it!! You should have chosen express delivery. Per our policy there is nothing I can do, "
    "so please calm down. I'll check with the depot and call you by 5 pm today with an update. "
)
# The same kind of draft in each language with its own rules (the larger rule files are the slower ones).
PARAGRAPHS = {
    "en": (PARAGRAPH, "Maria Lopez"),
    "es": (
        "Hola Marta, siento que el paquete no haya llegado. Como ya te dije, no es culpa nuestra, el "
        "transportista lo perdió!! Tendrías que haber elegido envío urgente. Según nuestra política no hay "
        "nada que hacer, así que tranquilízate. Reviso con el almacén y te llamo hoy antes de las 17:00. ",
        "Marta Ruiz",
    ),
    "de": (
        "Hallo Frau Krüger, es tut mir leid, dass das Paket noch nicht da ist. Wie bereits gesagt, ist das "
        "nicht unsere Schuld, der Paketdienst hat es verloren!! Sie hätten Express wählen sollen. Laut "
        "unseren AGB können wir nichts machen, also beruhigen Sie sich bitte. Ich rufe Sie heute an. ",
        "Petra Krüger",
    ),
    "fr": (
        "Bonjour Camille, désolée que le colis ne soit pas arrivé. Comme je vous l'ai déjà dit, ce n'est pas "
        "notre faute, le transporteur l'a perdu !! Vous auriez dû choisir l'express. Selon notre politique "
        "il n'y a rien à faire, alors calmez-vous. Je vérifie avec l'entrepôt et vous appelle avant 17 h. ",
        "Camille Roux",
    ),
    "pt": (
        "Oi, Juliana, sinto muito que o pacote ainda não chegou. Como eu já te disse, não é culpa nossa, a "
        "transportadora perdeu!! Você deveria ter escolhido o expresso. Segundo a nossa política não há nada "
        "a fazer, então fique calma. Vou verificar com o estoque e te ligo hoje até as 17h. ",
        "Juliana Costa",
    ),
}


def draft(chars: int, paragraph: str = PARAGRAPH) -> str:
    text = paragraph * (chars // len(paragraph) + 1)
    return text[:chars]


def timings(checker: ToneChecker, texts: list[str], context: ToneContext) -> list[float]:
    result = []
    for text in texts:
        start = time.perf_counter()
        checker.check(text, context)
        result.append((time.perf_counter() - start) * 1000)
    return result


def main(quick: bool, lang: str = "en") -> dict[str, object]:
    paragraph, customer = PARAGRAPHS[lang]
    start = time.perf_counter()
    checker = ToneChecker(load_rules(lang=lang))
    load_ms = (time.perf_counter() - start) * 1000
    context = ToneContext(angry=True, customer_name=customer)
    full = draft(2000, paragraph)
    repeats = 20 if quick else 200
    full_times = timings(checker, [full] * repeats, context)
    step = 40 if quick else 1
    typing = timings(checker, [full[:n] for n in range(1, 2001, step)], context)
    return {
        "rules": len(checker.rules),
        "load_ms": round(load_ms, 2),
        "findings_in_2000": len(checker.check(full, context)),
        "draft_2000": _figures(full_times),
        "typing_to_2000": _figures(typing),
    }


def _figures(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "checks": len(values),
        "p50_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1 if len(ordered) > 1 else 0], 3),
        "max_ms": round(ordered[-1], 3),
    }


if __name__ == "__main__":
    chosen = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv[:-1] else "en"
    if chosen not in PARAGRAPHS:
        sys.exit(f"unknown language {chosen!r}: choose one of {', '.join(PARAGRAPHS)}")
    print(json.dumps(main("--quick" in sys.argv, chosen), indent=2))
