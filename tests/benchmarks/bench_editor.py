"""Phrase editor open time: built-in library plus N user phrases in a real store, window built and shown.

Prints JSON. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from calmdesk.core.library import load_library
from calmdesk.core.model import Phrase
from calmdesk.store.user_phrases import UserPhrase, UserPhrases
from calmdesk.store.userstore import UserStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--user-phrases", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    from calmdesk.ui.editor.editor_window import EditorWindow

    base = load_library()
    samples: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with UserStore.open(root / "user.sqlite3", backup_dir=root / "backups") as store:
            user = UserPhrases(store)
            user.save_many(
                [
                    UserPhrase(
                        Phrase(f"user.p{n}", "solution", f"Phrase {n}", f"Text {n}, {{{{x}}}}.", "user")
                    )
                    for n in range(args.user_phrases)
                ]
            )
            for _ in range(args.runs):
                start = time.perf_counter()
                window = EditorWindow(base, UserPhrases(store), store)
                window.show()
                app.processEvents()
                samples.append((time.perf_counter() - start) * 1000)
                window.close()
                window.deleteLater()
                app.processEvents()
    samples.sort()
    print(
        json.dumps(
            {
                "phrases": len(base.phrases) + args.user_phrases,
                "open_median_ms": round(statistics.median(samples), 1),
                "open_max_ms": round(samples[-1], 1),
                "first_open_ms": None if not samples else round(samples[0], 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
