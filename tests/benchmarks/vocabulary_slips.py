"""One slip in a word only the vocabulary knows, per content language: how often it still finds something.

    python tests/benchmarks/vocabulary_slips.py            # JSON, every content language
    python tests/benchmarks/vocabulary_slips.py --lang es

For each one-word vocabulary name of five letters or more that no phrase holds ("chargeback", "luego"), three
slips are made past its first letter (a dropped letter, two letters swapped, a letter changed; the same seed
every run) and each is searched as a finished word. Printed per language: the names, the slips, how many
found nothing, and how many put first a phrase the name itself puts in its top three.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "desktop") not in sys.path:
    sys.path.append(str(ROOT / "desktop"))

from calmdesk.core.languages import SUPPORTED  # noqa: E402
from calmdesk.core.library import load_library  # noqa: E402
from calmdesk.core.search import SearchIndex  # noqa: E402
from calmdesk.core.search.vocabulary import builtin  # noqa: E402
from calmdesk.core.text import words  # noqa: E402

MIN_NAME = 5


def slips(word: str, rng: random.Random) -> list[str]:
    at = rng.randrange(1, len(word) - 1)
    made = {
        word[:at] + word[at + 1 :],
        word[:at] + word[at + 1] + word[at] + word[at + 2 :],
        word[:at] + rng.choice("aeiourstnl") + word[at + 1 :],
    }
    return sorted(s for s in made if s != word)


def measure(lang: str) -> dict[str, int]:
    library = load_library(language=lang)
    index = SearchIndex.for_library(library)
    vocabulary = library.vocabulary or builtin()
    held = {w for p in library.phrases for w in words(f"{p.title} {p.text} {' '.join(p.tags)}")}
    names = sorted(
        key[0]
        for key in vocabulary.aliases
        if len(key) == 1 and len(key[0]) >= MIN_NAME and key[0].isalpha() and key[0] not in held
    )
    rng = random.Random(7)
    tried = empty = kept = 0
    for name in names:
        wanted = [hit.phrase.id for hit in index.search(name + " ", limit=3)]
        if not wanted:
            continue
        for slip in slips(name, rng):
            found = [hit.phrase.id for hit in index.search(slip + " ", limit=3)]
            tried += 1
            empty += not found
            kept += bool(found) and found[0] in wanted
    return {"names": len(names), "slips": tried, "empty": empty, "first_in_names_top3": kept}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=SUPPORTED, action="append")
    args = parser.parse_args()
    print(json.dumps({lang: measure(lang) for lang in args.lang or SUPPORTED}, indent=2))


if __name__ == "__main__":
    main()
