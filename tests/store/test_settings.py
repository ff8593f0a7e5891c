"""The settings file: defaults, round trips, forgiving reads with located problems, atomic saves."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from pathlib import Path

import pytest

from calmdesk.store import paths
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings, load_settings, render_settings, save_settings, settings_doc

DOCS = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.toml"


def test_defaults() -> None:
    s = Settings()
    assert (s.agent_name, s.company, s.hotkey, s.language) == (
        "",
        "",
        "Ctrl+Alt+Space",
        "",
    )  # "": follow the locale
    assert (s.pack_dirs, s.auto_paste, s.close_after_copy, s.show_preview) == ((), False, True, True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.agent_name = "x"  # type: ignore[misc]


def test_missing_file_gives_defaults_silently(path: Path) -> None:
    assert load_settings(path) == (Settings(), [])


def test_default_path_is_the_config_dir() -> None:
    save_settings(Settings(agent_name="Ana"))
    assert paths.settings_file().is_file()
    assert load_settings() == (Settings(agent_name="Ana"), [])


ODD_NAMES = [
    'Zoë "Z" O\'Brien',
    "back\\slash \\n not a newline",
    "日本語の名前 😀 ﷽",
    "line\nbreak\ttab\x01control",
    "'''triple''' \"\"\"quotes\"\"\"",
    "# not a comment = not a key",
    "\u202eright-to-left override",
]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_round_trip_with_odd_text(path: Path, name: str) -> None:
    settings = Settings(
        agent_name=name,
        company=name[::-1],
        hotkey="Meta+Shift+\\",
        language="pt-BR",
        pack_dirs=(f"/srv/{name}", "C:\\Team Packs\\ü"),
        auto_paste=True,
        close_after_copy=False,
        show_preview=False,
    )
    save_settings(settings, path)
    assert load_settings(path) == (settings, [])
    assert tomllib.loads(path.read_text(encoding="utf-8"))["agent_name"] == name


def test_file_explains_each_key(path: Path) -> None:
    save_settings(Settings(), path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# CalmDesk settings")
    for spec in dataclasses.fields(Settings):
        index = next(i for i, line in enumerate(lines) if line.startswith(f"{spec.name} = "))
        assert lines[index - 1] == f"# {spec.metadata['doc']}"


def test_unknown_keys_are_reported_with_file_and_line(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text('hotkey = "Alt+F9"\nagent_nme = "Ana"\n\n[window]\nwidth = 3\n', encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings == Settings(hotkey="Alt+F9")
    assert problems == [
        f"{path}:2: unknown setting 'agent_nme' ignored; did you mean 'agent_name'?",
        f"{path}:4: unknown setting 'window' ignored",
    ]


@pytest.mark.parametrize(
    ("line", "key", "why"),
    [
        ('auto_paste = "yes"', "auto_paste", "must be true or false"),
        ("show_preview = 1", "show_preview", "must be true or false"),
        ("agent_name = 42", "agent_name", "must be text in quotes"),
        ("hotkey = true", "hotkey", "must be text in quotes"),
        ('hotkey = "A"', "hotkey", "is refused: 'A' needs Ctrl, Alt or Super"),
        ('hotkey = "Shift+B"', "hotkey", "is refused: 'Shift+B' needs Ctrl, Alt or Super"),
        ('hotkey = ""', "hotkey", "is refused: No shortcut given"),
        ('pack_dirs = "/srv/packs"', "pack_dirs", "must be a list of folder names"),
        ('pack_dirs = ["/ok", 3]', "pack_dirs", "must be a list of folder names"),
        ("language = { code = 'en' }", "language", "must be text in quotes"),
    ],
)
def test_wrong_types_fall_back_to_default(path: Path, line: str, key: str, why: str) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(f'company = "Acme"\n{line}\n', encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings == Settings(company="Acme"), "the other keys still apply"
    [problem] = problems
    assert problem.startswith(f"{path}:2: setting '{key}' {why}")
    assert "; using the default " in problem


def test_broken_toml_names_the_line(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text('agent_name = "Ana"\ncompany = "Acme\nhotkey = "F9"\n', encoding="utf-8")
    settings, [problem] = load_settings(path)
    assert settings == Settings()
    assert problem.startswith(f"{path}:2: this is not valid TOML (")
    assert "'company = \"Acme'" in problem
    assert problem.endswith("using the default settings.")


def test_undecodable_or_unreadable_file_never_raises(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b'agent_name = "\xff\xfe"\n')
    settings, [problem] = load_settings(path)
    assert settings == Settings()
    assert problem.startswith(f"{path}: could not read the settings")
    path.unlink()
    path.mkdir()
    assert load_settings(path)[0] == Settings()


def test_save_keeps_previous_file_as_bak(path: Path) -> None:
    save_settings(Settings(agent_name="first"), path)
    first = path.read_bytes()
    save_settings(Settings(agent_name="second"), path)
    backup = path.with_name("settings.toml.bak")
    assert backup.read_bytes() == first
    assert load_settings(path)[0].agent_name == "second"
    save_settings(Settings(agent_name="third"), path)
    assert load_settings(backup)[0].agent_name == "second"
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.toml", "settings.toml.bak"]


def test_save_is_private_and_atomic(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings(agent_name="kept"), path)
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0, "the agent's name is nobody else's business"

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(StoreError, match="could not save its settings"):
        save_settings(Settings(agent_name="lost"), path)
    monkeypatch.undo()
    assert load_settings(path)[0].agent_name == "kept", "a failed save leaves the old file whole"
    assert not [p for p in path.parent.iterdir() if p.suffix == ".tmp"], "no temp file left behind"


def test_save_into_unusable_folder_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StoreError):
        save_settings(Settings(), blocker / "settings.toml")


def test_rendered_file_is_valid_toml_for_defaults() -> None:
    data = tomllib.loads(render_settings(Settings()))
    assert data == {
        "agent_name": "",
        "company": "",
        "hotkey": "Ctrl+Alt+Space",
        "language": "",
        "interface_language": "",
        "pack_dirs": [],
        "auto_paste": False,
        "close_after_copy": True,
        "show_preview": True,
        "read_messages": True,
        "reply_target_chat": 180,
        "reply_target_email": 3600,
        "reply_target_phone": 60,
        "reply_target_social": 3600,
        "check_in_minutes": 5,
        "auto_tick": True,
        "unwind_prompt": True,
        "support_email": "",
        "time_step_minutes": 15,
        "working_hours": "09:00-17:00",
        "working_days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
    }


def test_docs_table_matches_the_code() -> None:
    table = settings_doc()
    for spec in dataclasses.fields(Settings):
        assert f"| `{spec.name}` |" in table
    assert table in DOCS.read_text(encoding="utf-8"), "regenerate docs/settings.md from settings_doc()"


@pytest.mark.parametrize("value", ["..", "/etc", "en/../x", "EN", "english", "pt_BR"])
def test_a_language_that_is_not_a_code_falls_back_to_english(path: Path, value: str) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(f'company = "Acme"\nlanguage = "{value}"\n', encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings == Settings(company="Acme")
    [problem] = problems
    assert problem.startswith(f'{path}:2: setting \'language\' must be a language code like "en" or "pt-BR"')


@pytest.mark.parametrize("value", ["", "en", "de", "fil", "pt-BR", "zh-Hant"])
def test_language_codes_are_kept(path: Path, value: str) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(f'language = "{value}"\n', encoding="utf-8")
    assert load_settings(path) == (Settings(language=value), [])


@pytest.mark.parametrize(
    ("value", "kept"), [('[""]', ()), ('["/srv/packs", "  ", "~/team"]', ("/srv/packs", "~/team"))]
)
def test_an_empty_pack_folder_name_is_dropped_and_the_rest_kept(
    path: Path, value: str, kept: tuple[str, ...]
) -> None:
    # "" is the current folder to Path: the packs would depend on where CalmDesk was started. One stray
    # entry must not cost the agent every team folder listed beside it.
    path.parent.mkdir(parents=True)
    path.write_text(f"pack_dirs = {value}\n", encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings.pack_dirs == kept
    [problem] = problems
    assert problem.startswith(f"{path}:1: setting 'pack_dirs' holds an empty folder name")


def test_whole_number_settings_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'reply_target_chat = 240\nreply_target_email = "soon"\n'
        "check_in_minutes = 0\nreply_target_phone = true\n"
    )
    settings, problems = load_settings(path)
    assert settings.reply_targets() == {"chat": 240, "email": 3600, "phone": 60, "social": 3600}
    assert settings.check_in_minutes == 5
    assert len(problems) == 3
    assert any("reply_target_email' must be a whole number" in p for p in problems)
    assert any("check_in_minutes' must be between 1 and" in p for p in problems)


@pytest.mark.parametrize(
    ("line", "key", "why"),
    [
        ('working_hours = "9-5"', "working_hours", 'must look like "09:00-17:00"'),
        ('working_hours = "17:00-09:00"', "working_hours", "must end after it starts"),
        ('working_days = ["Mon", "Funday"]', "working_days", 'has "Funday", which is not a day'),
        ("working_days = []", "working_days", "names no day at all"),
        ("time_step_minutes = 90", "time_step_minutes", "must be between 1 and 60"),
    ],
)
def test_bad_working_time_falls_back_to_the_default(path: Path, line: str, key: str, why: str) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(f"{line}\n", encoding="utf-8")
    settings, [problem] = load_settings(path)
    assert settings == Settings()
    assert problem.startswith(f"{path}:1: setting '{key}' {why}")


def test_working_time_from_the_settings(path: Path) -> None:
    from datetime import time

    path.parent.mkdir(parents=True)
    path.write_text(
        'time_step_minutes = 30\nworking_hours = "08:30-18:00"\nworking_days = ["mon", "Tue", "Sat"]\n'
        'support_email = "help@example.com"\n',
        encoding="utf-8",
    )
    settings, problems = load_settings(path)
    assert problems == []
    work = settings.working_time()
    assert (work.step_minutes, work.day_start, work.day_end) == (30, time(8, 30), time(18, 0))
    assert work.days == frozenset({0, 1, 5})
    assert settings.support_email == "help@example.com"
    assert Settings().working_time().days == frozenset(range(5))
