"""Hostile or odd settings files (issue 11): the defaults apply with one clear problem, nothing hangs."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from calmdesk.store.settings import Settings, load_settings


@pytest.fixture
def path(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    return folder / "settings.toml"


def test_a_byte_order_mark_is_accepted(path: Path) -> None:
    # Windows Notepad saves UTF-8 with a BOM; every setting used to fall back to its default.
    path.write_bytes(b'\xef\xbb\xbfagent_name = "Ana"\ncompany = "Acme"\n')
    assert load_settings(path) == (Settings(agent_name="Ana", company="Acme"), [])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("agent_name = 1" + "0" * 5000 + "\n", "a value cannot be read"),
        ("pack_dirs = " + "[" * 2000 + "]" * 2000 + "\n", "too deeply nested"),
        ("x = " + "{a = " * 2000 + "1" + "}" * 2000 + "\n", "too deeply nested"),
    ],
)
def test_what_tomllib_chokes_on_gives_the_defaults_and_one_problem(
    path: Path, body: str, expected: str
) -> None:
    path.write_text(body, encoding="utf-8")
    settings, [problem] = load_settings(path)
    assert settings == Settings()
    assert problem.startswith(str(path))
    assert expected in problem
    assert len(problem) < 400


@pytest.mark.parametrize("target", ["fifo", "/dev/zero", "/dev/urandom", "/dev/stdin"])
def test_a_settings_file_that_is_no_regular_file_is_not_read(path: Path, target: str) -> None:
    if target == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(target)
    start = time.monotonic()
    settings, [problem] = load_settings(path)
    assert time.monotonic() - start < 5
    assert settings == Settings()
    assert "not a regular file" in problem


def test_a_huge_settings_file_is_refused_unread(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    settings, [problem] = load_settings(path)
    assert settings == Settings()
    assert "larger than 1 MB" in problem


@pytest.mark.parametrize(
    ("value", "kept", "said"),
    [
        ('["", "  ", "/good/dir"]', ("/good/dir",), 'using the other folders: ["/good/dir"]'),
        ('["", " "]', (), "no team folder is used"),
    ],
)
def test_empty_pack_folder_names_say_what_is_really_done(
    path: Path, value: str, kept: tuple[str, ...], said: str
) -> None:
    path.write_text(f"pack_dirs = {value}\n", encoding="utf-8")
    settings, [problem] = load_settings(path)
    assert settings.pack_dirs == kept
    assert said in problem
    assert "using the default" not in problem


def test_control_characters_and_long_keys_are_escaped_and_cut(path: Path) -> None:
    path.write_text(f'"evil\\u001b]52;c;x\\u0007{"k" * 5000}" = 1\n', encoding="utf-8")
    _, [problem] = load_settings(path)
    assert "\x1b" not in problem
    assert "\\e]52" in problem
    assert len(problem) < 400


def test_a_flood_of_unknown_keys_is_counted_not_listed_and_read_quickly(path: Path) -> None:
    # Each unknown key looked for its own line in the whole file: 100,000 junk keys took many minutes.
    path.write_text(
        'agent_name = "Ana"\n' + "".join(f"junk{n} = 1\n" for n in range(60_000)), encoding="utf-8"
    )
    start = time.monotonic()
    settings, problems = load_settings(path)
    assert time.monotonic() - start < 10
    assert settings.agent_name == "Ana"
    assert len(problems) == 21
    assert problems[0] == f"{path}: 59,980 more unknown settings ignored (the first ones are below)"
    assert problems[1].startswith(f"{path}:2: unknown setting 'junk0' ignored")
