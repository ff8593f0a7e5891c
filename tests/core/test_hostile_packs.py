"""Hostile pack files (issue 11): whatever one file holds, it is that file's problem and the rest loads."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from calmdesk.core.library import check_packs, load_configured, load_library
from calmdesk.core.packs import (
    MAX_PROBLEMS_PER_FILE,
    MAX_TAG_CHARS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    load_pack_text,
)
from calmdesk.core.printable import MAX_QUOTED_CHARS
from calmdesk.store.settings import Settings

HEAD = """\
[pack]
id = "team"
name = "Team"
language = "en"
version = "1.0.0"
"""


def phrase(
    pid: str, *, title: str = '"Team hello"', text: str = '"Hello from the team."', extra: str = ""
) -> str:
    return f'\n[[phrase]]\nid = "{pid}"\ncategory = "closing"\ntitle = {title}\ntext = {text}\n{extra}'


GOOD = HEAD + phrase("team.hello")


def good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    (folder / "b-good.toml").write_text(GOOD, encoding="utf-8")
    return folder


def messages(problems: list[object]) -> str:
    return "\n".join(str(p) for p in problems)


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    [
        ("huge-int", "x = " + "9" * 5000 + "\n", "value cannot be read"),
        ("deep-array", "x = " + "[" * 2000 + "]" * 2000 + "\n", "too deeply nested"),
        ("deep-table", "x = " + "{a = " * 2000 + "1" + "}" * 2000 + "\n", "too deeply nested"),
    ],
)
def test_a_pack_tomllib_chokes_on_is_that_packs_problem(
    tmp_path: Path, name: str, body: str, expected: str
) -> None:
    folder = good_folder(tmp_path)
    bad = folder / f"a-{name}.toml"
    bad.write_text(HEAD + body, encoding="utf-8")
    library = load_library([folder])
    assert library.get("team.hello") is not None, "the good pack beside it still loads"
    assert library.get("apology.sincere") is not None or len(library.phrases) > 100, "built-ins too"
    [problem] = library.problems
    assert problem.file == str(bad)
    assert expected in problem.message
    assert library.skipped == [str(bad)]


def test_fifo_device_and_links_to_them_are_skipped_with_a_message(tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    os.mkfifo(folder / "a-fifo.toml")
    (folder / "a-zero.toml").symlink_to("/dev/zero")
    (folder / "a-urandom.toml").symlink_to("/dev/urandom")
    (folder / "a-stdin.toml").symlink_to("/dev/stdin")
    start = time.monotonic()
    library = load_library([folder])
    assert time.monotonic() - start < 5, "nothing blocked on the FIFO or read /dev/zero"
    assert library.get("team.hello") is not None
    by_file = {Path(p.file).name: p.message for p in library.problems}
    assert "named pipe (FIFO), not a regular file" in by_file["a-fifo.toml"]
    assert "character device, not a regular file" in by_file["a-zero.toml"]
    assert "character device, not a regular file" in by_file["a-urandom.toml"]
    assert "a-stdin.toml" in by_file  # a pipe, a terminal or /dev/null: never read as a pack
    assert all("skipped" in message for message in by_file.values())


def test_a_fifo_named_on_the_command_line_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pack.toml"
    os.mkfifo(fifo)
    _read, problems = check_packs([fifo])
    assert "named pipe" in messages(problems)


def test_an_unknown_users_home_in_pack_dirs_is_reported_and_the_rest_loads(tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    settings = Settings(pack_dirs=("~nosuchuser-calmdesk/team", str(folder)))
    library = load_configured(settings)
    assert library.get("team.hello") is not None
    [problem] = library.problems
    assert problem.file == "~nosuchuser-calmdesk/team"
    assert "skipped" in problem.message


def test_problems_are_capped_per_file_and_quoted_values_cut(tmp_path: Path) -> None:
    many = HEAD + "".join(phrase(f"p{n}", extra='categroy = "x"\n') for n in range(20_000))
    start = time.monotonic()
    _, phrases, problems = load_pack_text(many, "many.toml")
    assert time.monotonic() - start < 20
    assert phrases == []
    assert len(problems) == MAX_PROBLEMS_PER_FILE + 1
    assert problems[-1].message.startswith(f"... and {20_000 - MAX_PROBLEMS_PER_FILE:,} more problems")

    huge_value = HEAD + phrase("p1", extra=f'category2 = 1\n"{"k" * 1_000_000}" = 1\n').replace(
        'category = "closing"', f'category = "{"c" * 1_000_000}"'
    )
    _, _, problems = load_pack_text(huge_value, "huge.toml")
    text = messages(problems)
    assert len(text) < 2000, "a megabyte value is never echoed whole"
    assert "c" * MAX_QUOTED_CHARS in text
    assert "more characters" in text


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("title", '"Hi \\u001b]52;c;ZXZpbA==\\u0007"', "holds control characters (\\e, \\x07)"),
        ("title", '"two\\nlines"', "holds control characters (\\n)"),
        ("title", '"flip \\u202e txt"', "holds control characters (\\u202e)"),
        ("text", '"move \\u001b[2A up"', "holds control characters (\\e)"),
        ("tags", '["ok", "bad\\u0000"]', "entry #2 holds control characters (\\x00)"),
    ],
)
def test_control_characters_in_titles_texts_and_tags_are_problems(
    field: str, value: str, expected: str
) -> None:
    fields = {"title": '"Fine"', "text": '"Fine."', "extra": ""}
    if field == "tags":
        fields["extra"] = f"tags = {value}\n"
    else:
        fields[field] = value
    text = HEAD + phrase("p1", title=fields["title"], text=fields["text"], extra=fields["extra"])
    _, phrases, problems = load_pack_text(text, "ctl.toml")
    assert phrases == []
    assert expected in messages(problems)
    assert "\x1b" not in messages(problems)


def test_newlines_and_tabs_stay_allowed_in_a_phrase_text() -> None:
    text = HEAD + phrase("p1", text='"""\nHello,\n\tthe label is sent.\n"""')
    _, phrases, problems = load_pack_text(text, "ok.toml")
    assert problems == []
    assert phrases[0].text == "Hello,\n\tthe label is sent."


@pytest.mark.parametrize(
    ("field", "limit"), [("title", MAX_TITLE_CHARS), ("text", MAX_TEXT_CHARS), ("tags", MAX_TAG_CHARS)]
)
def test_titles_tags_and_texts_have_a_length_cap(field: str, limit: int) -> None:
    def pack_with(length: int) -> str:
        value = "a" * length
        if field == "tags":
            return HEAD + phrase("p1", extra=f'tags = ["{value}"]\n')
        return HEAD + phrase("p1", **{field: f'"{value}"'})

    assert load_pack_text(pack_with(limit), "at-cap.toml")[2] == []
    _, phrases, problems = load_pack_text(pack_with(limit + 1), "over-cap.toml")
    assert phrases == []
    assert f"is {limit + 1:,} characters long; at most {limit:,} are allowed" in messages(problems)


def test_a_four_megabyte_title_is_refused_quickly() -> None:
    start = time.monotonic()
    _, phrases, problems = load_pack_text(HEAD + phrase("p1", title=f'"{"t" * 4_000_000}"'), "big.toml")
    assert time.monotonic() - start < 5
    assert phrases == []
    assert "characters long" in messages(problems)


def test_problem_text_escapes_control_characters_in_file_names() -> None:
    _, _, problems = load_pack_text("not toml [", "evil\nforged.toml: ok\x1b[2K")
    shown = str(problems[0])
    assert "\n" not in shown
    assert "\x1b" not in shown
    assert shown.startswith("evil\\nforged.toml: ok\\e[2K:")
