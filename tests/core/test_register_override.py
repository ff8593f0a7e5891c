"""A team's own register: a pack flagged `replaces_builtin` gives its versions of built-in ids (tú where
CalmDesk says usted) instead of being reported as duplicates."""

from __future__ import annotations

from pathlib import Path

from calmdesk.core.library import check_packs, load_library

TU = """\
[pack]
id = "team-tu"
name = "Nuestro equipo, de tú"
language = "es"
version = "1.0.0"
{flag}

[[phrase]]
id = "apology.sorry-for-the-wait"
category = "apology"
title = "Perdona la espera"
text = "Perdona la espera, {{{{customer_name}}}}. Ya estoy contigo."
"""


def team(root: Path, name: str = "tu.toml", flag: str = "replaces_builtin = true", pack_id: str = "") -> Path:
    folder = root / "team"
    folder.mkdir(parents=True, exist_ok=True)
    text = TU.format(flag=flag)
    if pack_id:
        text = text.replace('id = "team-tu"', f'id = "{pack_id}"')
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_flagged_team_pack_replaces_the_built_in_version(tmp_path: Path) -> None:
    library = load_library([team(tmp_path)], language="es")
    wait = library.get("apology.sorry-for-the-wait")
    assert wait is not None
    assert (wait.title, wait.lang, wait.pack) == ("Perdona la espera", "es", "team-tu")
    assert [p for p in library.problems if "team" in p.file] == []
    assert library.version("apology.sorry-for-the-wait", "en").title == "Sorry for the wait"  # type: ignore[union-attr]
    # Its place in the list is the built-in one's: browsing order does not change.
    builtin = load_library(language="es")
    assert [p.id for p in library.phrases] == [p.id for p in builtin.phrases]


def test_without_the_flag_the_same_id_is_still_a_duplicate(tmp_path: Path) -> None:
    library = load_library([team(tmp_path, flag="")], language="es")
    assert library.get("apology.sorry-for-the-wait").title == "Perdone la espera"  # type: ignore[union-attr]
    [problem] = [p for p in library.problems if "team" in p.file]
    assert "already used" in problem.message


def test_a_second_team_version_is_a_duplicate_of_the_first(tmp_path: Path) -> None:
    folder = team(tmp_path)
    team(tmp_path, name="zz.toml", pack_id="team-tu-two")
    library = load_library([folder], language="es")
    assert library.get("apology.sorry-for-the-wait").pack == "team-tu"  # type: ignore[union-attr]
    [problem] = [p for p in library.problems if p.file.endswith("zz.toml")]
    assert "tu.toml" in problem.message


def test_the_flag_replaces_only_its_own_language(tmp_path: Path) -> None:
    library = load_library([team(tmp_path)], language="en")
    assert library.get("apology.sorry-for-the-wait").title == "Sorry for the wait"  # type: ignore[union-attr]
    spanish = library.in_language("es").get("apology.sorry-for-the-wait")
    assert spanish is not None
    assert spanish.title == "Perdona la espera"


def test_pack_check_does_not_report_the_replaced_ids(tmp_path: Path) -> None:
    folder = team(tmp_path)
    loaded = load_library([folder], language="es")
    assert check_packs([folder], loaded)[1] == []
    unflagged = team(tmp_path / "other", flag="")
    assert check_packs([unflagged], load_library([unflagged], language="es"))[1] != []


def test_the_flag_must_be_true_or_false(tmp_path: Path) -> None:
    library = load_library([team(tmp_path, flag='replaces_builtin = "yes"')], language="es")
    assert any("must be true or false" in p.message for p in library.problems)
    assert library.get("apology.sorry-for-the-wait").title == "Perdone la espera"  # type: ignore[union-attr]
