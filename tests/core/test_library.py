"""The library: built-in, user and team packs merged in a fixed order; bad packs skipped, duplicates named."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from calmdesk.core import content
from calmdesk.core.library import Library, check_packs, load_configured, load_library
from calmdesk.core.model import CATEGORY_KEYS, STEP_KEYS, Category, ChecklistStep, Instead, Phrase, Problem


def pack(pack_id: str, *phrase_ids: str) -> str:
    text = f'[pack]\nid = "{pack_id}"\nname = "N"\nlanguage = "en"\nversion = "1"\n'
    for phrase_id in phrase_ids:
        text += f'\n[[phrase]]\nid = "{phrase_id}"\ncategory = "wait"\ntitle = "T {phrase_id}"\ntext = "x"\n'
    return text


def folder(root: Path, name: str, files: dict[str, str]) -> Path:
    path = root / name
    path.mkdir()
    for file, text in files.items():
        (path / file).write_text(text, encoding="utf-8")
    return path


def mine(library: Library, root: Path) -> list[Problem]:
    """Problems from this test's own files (the built-in content is tested in test_builtin_content)."""
    return [p for p in library.problems if p.file.startswith(str(root))]


def test_user_then_extra_dirs_in_sorted_file_order(tmp_path: Path) -> None:
    user = folder(tmp_path, "user", {"b.toml": pack("user-b", "u.b"), "a.toml": pack("user-a", "u.a")})
    team1 = folder(tmp_path, "team1", {"z.toml": pack("team-z", "t.z"), "notes.txt": "not a pack"})
    team2 = folder(tmp_path, "team2", {"m.toml": pack("team-m", "t.m1", "t.m2")})
    library = load_library([team1, team2], user_dir=user)
    assert mine(library, tmp_path) == []
    own = [p.id for p in library.phrases if p.pack.startswith(("user", "team"))]
    assert own == ["u.a", "u.b", "t.z", "t.m1", "t.m2"]
    own_packs = [p.id for p in library.packs if p.source.startswith(str(tmp_path))]
    assert own_packs == ["user-a", "user-b", "team-z", "team-m"]
    assert library.get("t.m2") == Phrase("t.m2", "wait", "T t.m2", "x", "team-m")
    assert library.get("nope") is None


def test_builtin_phrases_come_first(tmp_path: Path) -> None:
    team = folder(tmp_path, "team", {"a.toml": pack("team", "t.a")})
    library = load_library([team])
    assert library.phrases[-1].id == "t.a"
    assert all(p.pack != "team" for p in library.phrases[:-1])


def test_missing_user_dir_is_silent_but_missing_extra_dir_is_a_problem(tmp_path: Path) -> None:
    library = load_library([tmp_path / "gone"], user_dir=tmp_path / "never-made")
    assert [(p.file, p.message) for p in mine(library, tmp_path)] == [
        (str(tmp_path / "gone"), "no such pack file or folder")
    ]


def test_a_single_file_may_stand_for_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "one.toml"
    path.write_text(pack("solo", "s.one"), encoding="utf-8")
    assert load_library([path]).get("s.one") is not None


def test_bad_pack_is_reported_and_skipped_while_the_others_load(tmp_path: Path) -> None:
    bad = pack("team-bad", "b.one", "b.two").replace('category = "wait"', 'category = "anger"', 1)
    team = folder(tmp_path, "team", {"1.toml": bad, "2.toml": pack("team-good", "g.one"), "3.toml": "[pack"})
    library = load_library([team])
    problems = mine(library, tmp_path)
    assert [(Path(p.file).name, p.line, p.phrase_id) for p in problems] == [
        ("1.toml", 9, "b.one"),
        ("3.toml", 1, None),
    ]
    assert problems[0].message.startswith('unknown category "anger"')
    assert problems[1].message.startswith("TOML syntax error")
    assert library.get("b.two") is None  # the whole pack is skipped, not just the bad phrase
    assert library.get("g.one") is not None
    assert library.skipped[-2:] == [str(team / "1.toml"), str(team / "3.toml")]
    assert "team-bad" not in [p.id for p in library.packs]


def test_duplicate_phrase_id_names_both_files_and_keeps_the_first(tmp_path: Path) -> None:
    user = folder(tmp_path, "user", {"mine.toml": pack("mine", "dup.one", "mine.only")})
    team = folder(tmp_path, "team", {"team.toml": pack("team", "team.only", "dup.one")})
    library = load_library([team], user_dir=user)
    [problem] = mine(library, tmp_path)
    assert problem.file == str(team / "team.toml")
    assert problem.message == f'id "dup.one" is already used in {user / "mine.toml"}; this one is ignored'
    assert (problem.line, problem.phrase_id) == (13, "dup.one")
    assert library.get("dup.one") is not None
    assert library.get("dup.one").pack == "mine"  # type: ignore[union-attr]
    assert library.get("team.only") is not None  # the rest of the second pack still loads
    assert [p.id for p in library.phrases].count("dup.one") == 1


def test_duplicate_builtin_phrase_id_is_reported(tmp_path: Path) -> None:
    builtin = load_library()
    assert builtin.phrases, "the built-in packs are missing: a packaging regression"
    taken = builtin.phrases[0]
    team = folder(tmp_path, "team", {"t.toml": pack("team", taken.id)})
    [problem] = mine(load_library([team]), tmp_path)
    assert problem.message.startswith(f'id "{taken.id}" is already used in resources/packs/en/')


def test_duplicate_pack_id_skips_the_later_pack(tmp_path: Path) -> None:
    team = folder(tmp_path, "team", {"a.toml": pack("same", "a.one"), "b.toml": pack("same", "b.one")})
    library = load_library([team])
    [problem] = mine(library, tmp_path)
    assert problem.message == f'pack id "same" is already used by {team / "a.toml"}; pack skipped'
    assert library.get("b.one") is None


def test_unreadable_folder_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    team = folder(tmp_path, "team", {})

    real_iterdir = Path.iterdir

    def refuse(self: Path) -> Iterator[Path]:
        if self == team:
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    library = load_library([team])
    assert [p.message for p in mine(library, tmp_path)] == ["cannot read the pack folder: Permission denied"]


def test_step_lookup() -> None:
    step = ChecklistStep("listen", "Listen", "Hear them out", ("Let them finish",), (Instead("a", "b"),), ())
    library = Library(checklist=(step,))
    assert library.step("listen") is step
    assert library.step("unwind") is None


# Content files, read from a fake resources root so every problem can be produced on purpose.

CATEGORY = (
    '[[category]]\nkey = "{key}"\nlabel = "{label}"\ndescription = "About {key}."\ncolor = "#336699"\n\n'
)
STEP = (
    '[[step]]\nkey = "{key}"\ntitle = "T"\ngoal = "G"\ndo = ["tip"]\n'
    'dont = [{{ avoid = "Calm down", say = "I see why this upsets you" }}]\ncategories = ["listen"]\n\n'
)


KNOWN = ", ".join(CATEGORY_KEYS)


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "resources"
    (root / "packs" / "en").mkdir(parents=True)
    (root / "packs" / "en" / "core.toml").write_text(pack("core", "c.one"), encoding="utf-8")
    (root / "categories.toml").write_text(
        "".join(CATEGORY.format(key=k, label=k.title()) for k in CATEGORY_KEYS)
    )
    (root / "checklist.toml").write_text("".join(STEP.format(key=k) for k in STEP_KEYS))
    monkeypatch.setattr(content, "_root", lambda: root)
    return root


def test_content_from_resources(resources: Path) -> None:
    library = load_library()
    assert library.problems == []
    assert [p.id for p in library.phrases] == ["c.one"]
    assert list(library.categories) == list(CATEGORY_KEYS)
    assert library.categories["follow_up"] == Category(
        "follow_up", "Follow_Up", "About follow_up.", "#336699"
    )
    assert [s.key for s in library.checklist] == list(STEP_KEYS)
    assert library.checklist[0].dont == (Instead("Calm down", "I see why this upsets you"),)


def test_other_language_falls_back_to_english(resources: Path) -> None:
    library = load_library(language="xx")
    assert [p.message for p in library.problems] == ["no built-in phrases in this language: using en"]
    assert library.get("c.one") is not None


def test_category_problems(resources: Path) -> None:
    text = "".join(CATEGORY.format(key=k, label=k) for k in CATEGORY_KEYS if k != "wait")
    text = text.replace('color = "#336699"', 'color = "blue"', 1).replace('key = "empathy"', 'key = "anger"')
    text += 'colour = "x"\n'
    (resources / "categories.toml").write_text(text)
    categories, problems = content.load_categories()
    assert [(p.line, p.message) for p in problems] == [
        (5, 'category #1: color "blue" must be written #rrggbb'),
        (8, f'category #2: unknown category "anger" (known: {KNOWN})'),
        (
            79,
            'category #13: unknown field "colour" (known: color, description, key, label, on_request, when)',
        ),
        (None, 'category "empathy" is missing'),
        (None, 'category "wait" is missing'),
    ]
    assert [p.file for p in problems] == ["resources/categories.toml"] * 5
    # The UI still gets every category, a forgotten one with a plain label and a grey badge.
    assert list(categories) == list(CATEGORY_KEYS)
    assert categories["wait"] == Category("wait", "Wait", "", "#808080")


def test_checklist_problems(resources: Path) -> None:
    steps = [STEP.format(key=k) for k in STEP_KEYS]
    steps[0] = steps[0].replace('do = ["tip"]', "do = []")
    steps[1] = steps[1].replace('categories = ["listen"]', 'categories = ["listen", "anger"]')
    steps[2] = steps[2].replace('say = "I see why this upsets you"', 'say = ""')
    steps[3], steps[4] = steps[4], steps[3]
    del steps[11]
    steps[5] = steps[5].replace('goal = "G"', 'gaol = "G"')
    (resources / "checklist.toml").write_text("".join(steps))
    checklist, problems = content.load_checklist()
    assert [(p.line, p.message) for p in problems] == [
        (5, 'step "prepare": "do" is empty: give at least one tip'),
        (15, f'step "listen": unknown category "anger" (known: {KNOWN})'),
        (22, 'step "empathize": "dont" entry #1 needs non-empty "avoid" and "say" strings'),
        (41, 'step "gather_facts": missing required field "goal"'),
        (44, 'step "gather_facts": unknown field "gaol" (known: categories, do, dont, goal, key, title)'),
        (None, 'checklist step "unwind" is missing'),
        (None, "steps are out of order: expected " + ", ".join(STEP_KEYS)),
    ]
    # The sound steps are kept, in the canonical order.
    kept = ["apologize", "take_ownership", "offer_solution", "commit", "act", "close", "follow_up"]
    assert [s.key for s in checklist] == kept


def test_unreadable_or_broken_content_files(resources: Path) -> None:
    (resources / "checklist.toml").unlink()
    (resources / "categories.toml").write_bytes(b"[[category]\n")
    library = load_library()
    assert [(p.file, p.line, p.message[:29]) for p in library.problems] == [
        ("resources/categories.toml", 1, "TOML syntax error: Expected '"),
        ("resources/checklist.toml", None, "cannot read the built-in file"),
    ]
    assert library.checklist == ()
    assert list(library.categories) == list(CATEGORY_KEYS)


# check_packs reads and merges the way load_library does, so `pack check` passing means the app loads it.


def test_check_reports_a_pack_id_the_library_would_skip(tmp_path: Path) -> None:
    team = folder(tmp_path, "team", {"a.toml": pack("same", "a.one"), "b.toml": pack("same", "b.one")})
    expected = f'pack id "same" is already used by {team / "a.toml"}; pack skipped'
    assert [p.message for p in check_packs([team])[1]] == [expected]
    assert [p.message for p in mine(load_library([team]), tmp_path)] == [expected]


def test_check_reports_a_dangling_symlink_like_the_library(tmp_path: Path) -> None:
    team = folder(tmp_path, "team", {"a.toml": pack("team", "a.one")})
    (team / "gone.toml").symlink_to(tmp_path / "nowhere.toml")
    [problem] = check_packs([team])[1]
    assert (problem.file, problem.message) == (
        str(team / "gone.toml"),
        "cannot read the file: No such file or directory",
    )
    assert mine(load_library([team]), tmp_path) == [problem]


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    team = folder(tmp_path, "team", {"a.toml": pack("team", "a.one", "a.two")})
    assert check_packs([team / "a.toml", team / "a.toml", team, tmp_path / "team" / ".." / "team"])[1] == []
    files, problems = check_packs([team / "a.toml", team])
    assert (files, problems) == ([str(team / "a.toml")], [])
    library = load_library([team, team / "a.toml"], user_dir=team)
    assert mine(library, tmp_path) == []
    assert [p.id for p in library.phrases if p.pack == "team"] == ["a.one", "a.two"]


def test_check_calls_a_folder_without_packs_a_problem(tmp_path: Path) -> None:
    empty = folder(tmp_path, "empty", {"notes.txt": "not a pack"})
    assert [(p.file, p.message) for p in check_packs([empty])[1]] == [
        (str(empty), "no pack files (*.toml) in this folder")
    ]


def test_configured_library_follows_the_settings(tmp_path: Path, resources: Path) -> None:
    (resources / "packs" / "de").mkdir()
    (resources / "packs" / "de" / "kern.toml").write_text(pack("kern", "k.eins"), encoding="utf-8")
    team = folder(tmp_path, "team", {"a.toml": pack("team", "t.a")})
    extra = folder(tmp_path, "extra", {"x.toml": pack("extra", "x.a")})
    settings = SimpleNamespace(language="de", pack_dirs=(str(team),))
    library = load_configured(settings, [extra])
    # The German folder's phrases first; the English ones without a German version follow as fallbacks.
    assert [p.id for p in library.phrases] == ["k.eins", "c.one", "t.a", "x.a"]


@pytest.mark.parametrize("language", ["", "..", "/etc", "en/../..", "EN", "e", "en_GB"])
def test_only_a_plain_language_code_picks_a_builtin_folder(resources: Path, language: str) -> None:
    (resources / "hidden.toml").write_text(pack("hidden", "h.one"), encoding="utf-8")
    packs, problems = content.builtin_packs(language)
    assert [p.source for p in packs] == ["resources/packs/en/core.toml"]
    assert [p.message for p in problems] == [f"{language!r} is not a language code: using en"]


def test_a_symlink_loop_in_a_pack_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "loop.toml").symlink_to(team / "loop.toml")
    library = load_library([team])
    assert [Path(p.file).name for p in library.problems] == ["loop.toml"]
    assert library.phrases  # the built-in packs still load
    assert [Path(p.file).name for p in check_packs([team])[1]] == ["loop.toml"]
