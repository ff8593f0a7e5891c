"""Imports scale: ids in linear time, one huge CSV field skips its row not the file, a size warning."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from calmdesk.core.importers import plan_import, read_import
from calmdesk.core.importers.common import IdMaker
from calmdesk.core.importers.plan import COMFORTABLE_PHRASES


class CountingSet(set[str]):
    """A set that counts membership tests: the work of making ids, measured without a clock."""

    checks = 0

    def __contains__(self, item: object) -> bool:
        CountingSet.checks += 1
        return super().__contains__(item)


def test_ids_for_many_equal_titles_are_made_in_linear_time() -> None:
    maker = IdMaker(set())
    maker.taken = CountingSet()
    ids = [maker.make("Thanks for waiting") for _ in range(5000)]
    assert len(set(ids)) == 5000
    assert ids[:3] == ["user.thanks-for-waiting", "user.thanks-for-waiting-2", "user.thanks-for-waiting-3"]
    assert CountingSet.checks < 3 * 5000  # was 5000 * 5001 / 2: 66-76 s for 20,000 snippets


def test_a_csv_field_over_the_csv_modules_limit_skips_that_row_only(tmp_path: Path) -> None:
    sheet = tmp_path / "big.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(
            [
                ["title", "text"],
                ["Huge", "x" * 200_000],
                ["Fine", "Thanks for waiting."],
                ["Also fine", "Sorry."],
            ]
        )
    result = read_import("csv", sheet, taken=set())
    assert [p.title for p in result.phrases] == ["Fine", "Also fine"]
    [skipped] = result.skipped
    assert skipped.title == "Huge"
    assert "characters long" in skipped.reason


def test_a_large_import_warns_with_the_documented_size(tmp_path: Path) -> None:
    sheet = tmp_path / "many.csv"
    rows = ["title,text"] + [f"Phrase {n},Text number {n}" for n in range(COMFORTABLE_PHRASES + 1)]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    plan = plan_import(read_import("csv", sheet, taken=set()), user=[], library=[])
    assert any(f"{COMFORTABLE_PHRASES:,}" in note for note in plan.notes)
    small = plan_import(read_import("csv", sheet, taken=set()), user=[], library=[], comfortable=10**9)
    assert not any("phrases" in note and "search" in note for note in small.notes)
    done = subprocess.run(
        [sys.executable, "-m", "calmdesk", "import", "csv", "--dry-run", str(sheet)],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ.copy(),
    )
    assert done.returncode == 0, done.stderr
    assert f"{COMFORTABLE_PHRASES:,}" in done.stdout
