"""A folder import with a broken file: every good file's phrases, and the broken one named with its line and
what is wrong, in plain words (the person's language). Only the one file a person names fails as a whole."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.core import messages
from calmdesk.core.importers import ImportFailed, ImportResult, plan_import, read_import
from calmdesk.core.importers.common import Unreadable

GOOD = "matches:\n  - trigger: ':{name}'\n    replace: 'Thanks for waiting, {name} here.'\n"
# Line 3 holds a tab (the commonest mistake in a hand-edited Espanso file).
TAB = "matches:\n  - trigger: ':t'\n\t  replace: 'x'\n"


def _folder(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "match"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.yml").write_text(text, encoding="utf-8")
    return tmp_path


def _titles(path: Path) -> list[str]:
    return sorted(p.title for p in read_import("espanso", path, taken=set()).phrases)


def test_one_broken_file_keeps_every_other_files_phrases_and_is_named_with_its_line(tmp_path: Path) -> None:
    root = _folder(tmp_path, a=GOOD.format(name="ana"), b=TAB, c=GOOD.format(name="carl"))
    result = read_import("espanso", root, taken=set())
    assert sorted(p.title for p in result.phrases) == [
        "Thanks for waiting, ana here.",
        "Thanks for waiting, carl here.",
    ]
    assert result.unreadable == [
        Unreadable(
            str(root / "match" / "b.yml"),
            3,
            "not valid YAML: a tab where YAML needs spaces: indent with spaces",
        )
    ]
    assert str(result.unreadable[0]).startswith(f"{root / 'match' / 'b.yml'}:3: not valid YAML")


def test_the_plan_carries_the_unreadable_files_and_its_json_lists_them(tmp_path: Path) -> None:
    root = _folder(tmp_path, a=GOOD.format(name="ana"), b=TAB)
    plan = plan_import(read_import("espanso", root, taken=set()), user=[], library=[])
    assert len(plan.add) == 1
    assert plan.as_json()["unreadable"] == [
        {"file": str(root / "match" / "b.yml"), "line": 3, "reason": plan.unreadable[0].reason}
    ]


def test_a_file_named_alone_still_fails_whole(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="tab where YAML needs spaces"):
        read_import("espanso", _one_file(tmp_path, TAB), taken=set())


def _one_file(folder: Path, text: str) -> Path:
    path = folder / "only.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_folder_where_no_file_reads_is_a_failure_not_an_empty_success(tmp_path: Path) -> None:
    root = _folder(tmp_path, a=TAB, b="matches: [\n")
    with pytest.raises(ImportFailed, match=r"none of its 2 YAML files could be read; the first: .*a\.yml:3"):
        read_import("espanso", root, taken=set())


def test_a_broken_file_that_another_imports_is_named_and_the_importer_is_read(tmp_path: Path) -> None:
    (tmp_path / "_extra.yml").write_text(TAB, encoding="utf-8")
    base = tmp_path / "base.yml"
    base.write_text("imports: ['_extra.yml']\n" + GOOD.format(name="ana"), encoding="utf-8")
    result = read_import("espanso", base, taken=set())
    assert [p.title for p in result.phrases] == ["Thanks for waiting, ana here."]
    assert [(Path(u.source).name, u.line) for u in result.unreadable] == [("_extra.yml", 3)]


def test_a_file_of_the_wrong_shape_in_a_folder_is_named_and_the_rest_read(tmp_path: Path) -> None:
    root = _folder(tmp_path, a=GOOD.format(name="ana"), b="matches: 3\n", c="- a list\n")
    result = read_import("espanso", root, taken=set())
    assert len(result.phrases) == 1
    assert [(Path(u.source).name, u.reason) for u in result.unreadable] == [
        ("b.yml", "`matches:` must be a list"),
        ("c.yml", "an Espanso match file is a mapping with a `matches:` list"),
    ]


def test_link_loops_dangling_links_and_binary_files_in_a_folder_are_named_not_silently_dropped(
    tmp_path: Path,
) -> None:
    root = _folder(tmp_path, a=GOOD.format(name="ana"))
    match = root / "match"
    (match / "loop.yml").symlink_to("loop.yml")
    (match / "gone.yml").symlink_to("nowhere.yml")
    (match / "nul.yml").write_bytes(b"matches:\x00\x01\x02\n")
    (match / "sub").mkdir()
    (match / "sub" / "up").symlink_to("..")  # a folder loop: walked once, no hang
    result = read_import("espanso", root, taken=set())
    assert len(result.phrases) == 1
    named = {Path(u.source).name: u.reason for u in result.unreadable}
    assert set(named) == {"loop.yml", "gone.yml", "nul.yml"}
    assert "NUL bytes" in named["nul.yml"]
    assert all(reason.strip() for reason in named.values())


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_in_a_folder_is_named_with_the_systems_reason(tmp_path: Path) -> None:
    root = _folder(tmp_path, a=GOOD.format(name="ana"), b=GOOD.format(name="bo"))
    (root / "match" / "b.yml").chmod(0)
    result = read_import("espanso", root, taken=set())
    assert len(result.phrases) == 1
    assert "cannot read it" in result.unreadable[0].reason


def test_a_broken_package_manifest_is_a_note_and_the_snippets_come_in(tmp_path: Path) -> None:
    (tmp_path / "_manifest.yml").write_text("name: [x\n", encoding="utf-8")
    (tmp_path / "package.yml").write_text(GOOD.format(name="ana"), encoding="utf-8")
    result = read_import("espanso", tmp_path, taken=set())
    assert len(result.phrases) == 1
    assert any("_manifest.yml" in note and "not valid YAML" in note for note in result.notes)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (
            "matches:\n  - trigger: ':a'\n    replace: 'x'\n\t\n  - trigger: b\n",
            4,
            "a tab where YAML needs spaces",
        ),
        (
            "matches:\n  - trigger: ':a'\n    replace: Note: see the FAQ\n",
            3,
            "a colon and a space inside a value",
        ),
        ('matches:\n  - trigger: ":a"\n    replace: "10 \\- 20"\n', 3, "a backslash in double quotes"),
        ("matches:\n  - trigger: ':a\n    replace: x\n", 4, "a quote that is never closed"),
        ("matches:\n  - trigger: ':a'\n   replace: x\n", 3, "indentation does not line up"),
        ("matches:\n  - trigger: ':a'\n    replace: *sig\n", 3, "an alias (*name) with no anchor"),
        ("a: 1\n---\nb: 2\n", 2, "a second document (---)"),
        ("matches:\n  - trigger: ':a'\n    replace: @team\n", 3, "a value cannot begin with '@'"),
        ("matches:\n  - trigger: ':a'\n    replace: {{name}}\n", 3, "starts with braces needs quotes"),
    ],
)
def test_yaml_mistakes_are_said_in_plain_words_with_their_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    with pytest.raises(ImportFailed) as caught:
        read_import("espanso", _one_file(tmp_path, text), taken=set())
    assert caught.value.line == line
    assert words in caught.value.reason


@pytest.fixture
def german() -> Iterator[None]:
    messages.use("de")
    yield
    messages.use(None)


@pytest.mark.usefixtures("german")
def test_the_broken_files_reason_is_in_the_persons_language(tmp_path: Path) -> None:
    root = _folder(tmp_path, a=GOOD.format(name="ana"), b=TAB)
    (reason,) = [u.reason for u in read_import("espanso", root, taken=set()).unreadable]
    assert "YAML" in reason
    assert "tab where" not in reason


def test_an_app_configs_include_patterns_are_globs_as_espanso_reads_them(tmp_path: Path) -> None:
    """Espanso's config `includes`/`extra_includes` are glob patterns: the private files they match are read;
    one matching nothing is said as such, not as "not a YAML match file"; a `**` through a link loop ends."""
    root = _folder(tmp_path, base=GOOD.format(name="ana"))
    work = root / "match" / "_work"
    work.mkdir()
    (work / "_orders.yml").write_text(GOOD.format(name="olga"), encoding="utf-8")
    (work / "_refunds.yaml").write_text(GOOD.format(name="rui"), encoding="utf-8")
    (work / "loop").symlink_to("..")
    (root / "config").mkdir()
    (root / "config" / "mail.yml").write_text(
        "filter_class: Thunderbird\nextra_includes: ['../match/_work/**/*.y*ml', '../match/_gone/*.yml']\n",
        encoding="utf-8",
    )
    result = read_import("espanso", root, taken=set())
    assert _sorted_titles(result) == [f"Thanks for waiting, {n} here." for n in ("ana", "olga", "rui")]
    assert [n.split(": ", 1)[1] for n in result.notes] == [
        'the pattern "../match/_gone/*.yml" matches no YAML file; left out'
    ]


def _sorted_titles(result: ImportResult) -> list[str]:
    return sorted(p.title for p in result.phrases)


PACK = """[pack]
id = "team-{name}"
name = "Team {name}"
language = "en"
version = "1.0.0"

[[phrase]]
id = "user.{name}-wait"
category = "wait"
title = "Wait {name}"
text = "Thanks for waiting, {name} here."
"""


def test_a_folder_of_calmdesk_packs_with_a_broken_pack_imports_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(PACK.format(name="ana"), encoding="utf-8")
    (tmp_path / "b.toml").write_text(PACK.format(name="bo").replace('title = "Wait bo"', "title = "), "utf-8")
    (tmp_path / "c.toml").write_text(PACK.format(name="cy"), encoding="utf-8")
    result = read_import("calmdesk", tmp_path, taken=set())
    assert [p.title for p in result.phrases] == ["Wait ana", "Wait cy"]
    assert [(Path(u.source).name, u.line) for u in result.unreadable] == [
        ("b.toml", 10)
    ]  # the line of the empty title
    (tmp_path / "a.toml").write_text("[pack\n", encoding="utf-8")
    (tmp_path / "c.toml").unlink()
    with pytest.raises(ImportFailed, match="none of its 2 packs could be read"):
        read_import("calmdesk", tmp_path, taken=set())


def test_an_espanso_config_folders_origin_does_not_say_espanso_twice(tmp_path: Path) -> None:
    match = tmp_path / "espanso" / "match"
    match.mkdir(parents=True)
    (match / "base.yml").write_text(GOOD.format(name="ana"), encoding="utf-8")
    assert list(read_import("espanso", tmp_path / "espanso", taken=set()).origins.values()) == [
        "espanso: base.yml"
    ]
