"""`calmdesk import espanso FOLDER` with one broken file: the good files' phrases are written, the broken one
is named with its line and reason, and the exit status (3) says "partial", neither success nor failure."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from cli_runner import calmdesk, calmdesk_process

GOOD = "matches:\n  - trigger: ':{name}'\n    replace: 'Thanks for waiting, {name} here.'\n"
TAB = "matches:\n  - trigger: ':t'\n\t  replace: 'x'\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    match = tmp_path / "espanso" / "match"
    match.mkdir(parents=True)
    (match / "base.yml").write_text(GOOD.format(name="ana"), encoding="utf-8")
    (match / "broken.yml").write_text(TAB, encoding="utf-8")
    (match / "work.yml").write_text(GOOD.format(name="carl"), encoding="utf-8")
    return tmp_path / "espanso"


def _user_titles(xdg_home: Path) -> list[str]:
    conn = sqlite3.connect(next(xdg_home.rglob("calmdesk.sqlite3")))
    try:
        return sorted(row[0] for row in conn.execute("SELECT title FROM user_phrases"))
    finally:
        conn.close()


def test_a_partial_import_writes_the_good_files_names_the_broken_one_and_exits_3(
    xdg_home: Path, folder: Path
) -> None:
    ran = calmdesk("import", "espanso", str(folder))
    assert ran.returncode == 3, ran.stderr
    assert _user_titles(xdg_home) == ["Thanks for waiting, ana here.", "Thanks for waiting, carl here."]
    assert "Could not read 1 file; its phrases are not imported:" in ran.stdout
    assert (
        f"  ! {folder / 'match' / 'broken.yml'}:3: not valid YAML: a tab where YAML needs spaces"
        in ran.stdout
    )
    assert "Imported only part of the folder: 1 file could not be read" in ran.stderr


def test_after_mending_the_file_the_same_import_adds_only_its_phrases(xdg_home: Path, folder: Path) -> None:
    assert calmdesk("import", "espanso", str(folder)).returncode == 3
    (folder / "match" / "broken.yml").write_text(GOOD.format(name="tom"), encoding="utf-8")
    again = calmdesk("import", "espanso", str(folder))
    assert again.returncode == 0, again.stderr
    assert "Added 1 phrase:" in again.stdout
    assert len(_user_titles(xdg_home)) == 3


def test_a_dry_run_and_json_say_partial_too_and_write_nothing(xdg_home: Path, folder: Path) -> None:
    ran = calmdesk("import", "espanso", str(folder), "--dry-run", "--json")
    assert ran.returncode == 3
    preview = json.loads(ran.stdout)
    assert len(preview["add"]) == 2
    assert [(Path(u["file"]).name, u["line"]) for u in preview["unreadable"]] == [("broken.yml", 3)]
    assert preview["written"] is False


def test_a_folder_that_reads_whole_still_exits_0_with_no_unreadable_list(
    xdg_home: Path, folder: Path
) -> None:
    (folder / "match" / "broken.yml").unlink()
    ran = calmdesk("import", "espanso", str(folder), "--json")
    assert ran.returncode == 0
    assert json.loads(ran.stdout)["unreadable"] == []


def test_a_folder_where_nothing_reads_fails_with_1_and_writes_nothing(xdg_home: Path, tmp_path: Path) -> None:
    match = tmp_path / "bad" / "match"
    match.mkdir(parents=True)
    (match / "a.yml").write_text(TAB, encoding="utf-8")
    ran = calmdesk("import", "espanso", str(tmp_path / "bad"))
    assert ran.returncode == 1
    assert "nothing was imported" in ran.stderr
    assert "a.yml:3" in ran.stderr


def test_the_broken_file_is_told_in_the_locales_language(folder: Path) -> None:
    ran = calmdesk_process(
        "import", "espanso", str(folder), "--dry-run", env={"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
    )
    assert ran.returncode == 3
    assert "broken.yml:3" in ran.stdout
    assert "Could not read" not in ran.stdout
    assert "a tab where" not in ran.stdout
