"""Importing a 10,000-snippet Espanso file: read, plan, back up and write to a real store. Prints JSON."""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import yaml

from calmdesk.core.importers import plan_import, read_import
from calmdesk.core.library import load_library
from calmdesk.store.user_phrases import UserPhrase, UserPhrases
from calmdesk.store.userstore import UserStore


def espanso_file(path: Path, count: int, global_vars: int = 0) -> None:
    """`count` matches like an agent's: a third with a choice variable, a third with a date, some plain;
    with `global_vars`, that many global echo variables, one used by each plain match."""
    matches = []
    for n in range(count):
        match: dict[str, object] = {"trigger": f":s{n}", "replace": f"Reply number {n}: thanks for waiting."}
        if n % 3 == 0:
            match["replace"] = f"Answer {n} arrives in {{{{days}}}} working days."
            match["vars"] = [{"name": "days", "type": "choice", "params": {"values": ["1-2", "3-5"]}}]
        elif n % 3 == 1:
            match["replace"] = f"Follow-up {n}: I will call you on {{{{when}}}}.$|$"
            match["vars"] = [{"name": "when", "type": "date", "params": {"format": "%A", "offset": 86400}}]
        elif global_vars:
            match["replace"] = f"Reply {n} from {{{{g{n % global_vars}}}}}."
        match["label"] = f"Snippet {n}"
        matches.append(match)
    shared = [{"name": f"g{n}", "type": "echo", "params": {"echo": f"team {n}"}} for n in range(global_vars)]
    doc: dict[str, object] = {"global_vars": shared, "matches": matches} if shared else {"matches": matches}
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--global-vars", type=int, default=0, help="global echo variables in the file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = root / "big.yml"
        espanso_file(source, args.count, args.global_vars)
        library = load_library()
        start = time.perf_counter()
        result = read_import("espanso", source, taken={p.id for p in library.phrases})
        read_s = time.perf_counter() - start
        with UserStore.open(root / "user.sqlite3", backup_dir=root / "backups") as store:
            phrases = UserPhrases(store)
            plan = plan_import(result, user=[], library=library.phrases)
            planned_s = time.perf_counter() - start
            store.backup("before-import")
            phrases.save_many([UserPhrase(p, origin="espanso: big.yml") for p in plan.writes])
            total_s = time.perf_counter() - start
        print(
            json.dumps(
                {
                    "snippets": args.count,
                    "file_mb": round(source.stat().st_size / 2**20, 2),
                    "imported": len(plan.add),
                    "read_s": round(read_s, 3),
                    "read_and_plan_s": round(planned_s, 3),
                    "total_with_backup_and_write_s": round(total_s, 3),
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
