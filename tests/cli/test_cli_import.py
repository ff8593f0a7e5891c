"""`calmdesk import` and `calmdesk export` on a real data file (in process; XDG dirs in tmp_path)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from calmdesk.cli import arguments as cli
from calmdesk.core import importers
from cli_runner import calmdesk

SAMPLES = Path(__file__).parents[1] / "core" / "importers" / "samples"


def _database(xdg_home: Path) -> Path:
    return next((xdg_home).rglob("calmdesk.sqlite3"))


def _user_ids(xdg_home: Path) -> list[str]:
    conn = sqlite3.connect(_database(xdg_home))
    try:
        return [row[0] for row in conn.execute("SELECT id FROM user_phrases ORDER BY position")]
    finally:
        conn.close()


def test_the_cli_lists_the_importers_formats() -> None:
    assert cli.IMPORT_FORMATS == importers.IMPORT_FORMATS
    assert cli.EXPORT_FORMATS == importers.EXPORT_FORMATS


def test_dry_run_json_previews_and_writes_nothing(xdg_home: Path) -> None:
    result = calmdesk("import", "espanso", str(SAMPLES / "espanso-base.yml"), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    preview = json.loads(result.stdout)
    assert preview["dry_run"] is True
    assert preview["written"] is False
    assert len(preview["add"]) == 9
    assert sorted(s["reason"].split(":")[0] for s in preview["skipped"]) == [
        "a regex trigger",
        "an image snippet",
    ]
    assert preview["dropped"]["cursor marker $|$"] == 1
    assert _user_ids(xdg_home) == []


def test_import_backs_up_first_then_the_phrases_are_searchable(xdg_home: Path) -> None:
    result = calmdesk("import", "beeftext", str(SAMPLES / "beeftext-v10.json"))
    assert result.returncode == 0, result.stderr
    assert "Added 4 phrases" in result.stdout
    assert "backup" in result.stderr
    assert list(_database(xdg_home).parent.glob("backups/backup-*-before-import.sqlite3"))
    found = calmdesk("search", "chatting", "goodbye", "--json")
    assert json.loads(found.stdout)[0]["id"] == "user.goodbye"
    rendered = calmdesk("render", "user.machine-info", "--set", "envvar=PC-7", "--set", "powershell=x",
                        "--set", "key=k", "--set", "shortcut=s")  # fmt: skip
    assert rendered.stdout.strip() == "PC: PC-7 x k s"


def test_importing_twice_adds_nothing_and_never_overwrites(xdg_home: Path, tmp_path: Path) -> None:
    assert calmdesk("import", "csv", str(SAMPLES / "generic.csv")).returncode == 0
    again = calmdesk("import", "csv", str(SAMPLES / "generic.csv"))
    assert "Nothing to add." in again.stdout
    assert "already among your phrases" in again.stdout
    changed = tmp_path / "changed.csv"
    changed.write_text("id,title,text\nuser.sorry-for-the-delay,Sorry,Other words.\n", encoding="utf-8")
    refused = calmdesk("import", "csv", str(changed))
    assert "would overwrite your phrase" in refused.stdout
    shown = calmdesk("render", "user.sorry-for-the-delay", "--set", "customer_name=Ann")
    assert shown.stdout.startswith("I am sorry this took so long.")
    assert calmdesk("import", "csv", str(changed), "--replace").returncode == 0
    assert calmdesk("render", "user.sorry-for-the-delay").stdout.strip() == "Other words."


def test_a_malformed_file_imports_nothing_and_names_file_and_line(xdg_home: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "matches:\n  - trigger: ':a'\n    replace: 'fine'\n  - trigger: [oops\n", encoding="utf-8"
    )
    result = calmdesk("import", "espanso", str(broken))
    assert result.returncode == 1
    assert f"{broken}:5" in result.stderr or f"{broken}:4" in result.stderr
    assert "nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr
    assert _user_ids(xdg_home) == []


def test_a_shell_variable_is_never_run_through_the_whole_import(xdg_home: Path, tmp_path: Path) -> None:
    canary = tmp_path / "canary"
    sample = (SAMPLES / "espanso-shell.yml").read_text(encoding="utf-8").replace("CANARY_PATH", str(canary))
    (tmp_path / "shell.yml").write_text(sample, encoding="utf-8")
    result = calmdesk("import", "espanso", str(tmp_path / "shell.yml"))
    assert result.returncode == 0, result.stderr
    rendered = calmdesk("render", "user.your-address-is-on", "--set", "addr=1.2.3.4", "--set", "host=h")
    assert rendered.stdout.strip() == "Your address is 1.2.3.4 on h."
    assert not canary.exists()


@pytest.mark.parametrize("kind", ["calmdesk", "csv"])
def test_export_and_import_back_round_trip(xdg_home: Path, tmp_path: Path, kind: str) -> None:
    assert calmdesk("import", "csv", str(SAMPLES / "generic.csv")).returncode == 0
    assert calmdesk("import", "espanso", str(SAMPLES / "espanso-base.yml")).returncode == 0
    before = json.loads(calmdesk("list", "--json").stdout)
    exported = tmp_path / f"mine.{'toml' if kind == 'calmdesk' else 'csv'}"
    assert calmdesk("export", kind, str(exported)).returncode == 0
    assert calmdesk("export", kind, str(exported)).returncode == 1  # never overwritten without --force
    if kind == "calmdesk":
        assert calmdesk("pack", "check", str(exported)).returncode == 0
    _database(xdg_home).unlink()
    for extra in _database_dir(xdg_home).glob("calmdesk.sqlite3-*"):
        extra.unlink()
    assert calmdesk("import", kind, str(exported)).returncode == 0
    after = json.loads(calmdesk("list", "--json").stdout)
    assert after == before


def _database_dir(xdg_home: Path) -> Path:
    return next(xdg_home.rglob("backups")).parent


def test_backup_and_restore_commands(xdg_home: Path, tmp_path: Path) -> None:
    assert calmdesk("import", "csv", str(SAMPLES / "generic.csv")).returncode == 0
    made = calmdesk("backup")
    assert made.returncode == 0, made.stderr
    saved = Path(made.stdout.strip())
    assert saved.is_file()
    assert calmdesk("import", "espanso", str(SAMPLES / "espanso-base.yml")).returncode == 0
    assert len(_user_ids(xdg_home)) == 12
    restored = calmdesk("restore", str(saved))
    assert restored.returncode == 0, restored.stderr
    assert "before" in restored.stderr
    assert len(_user_ids(xdg_home)) == 3
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("nope", encoding="utf-8")
    refused = calmdesk("restore", str(bogus))
    assert refused.returncode == 1
    assert "Nothing was changed" in refused.stderr
    assert "Traceback" not in refused.stderr
