"""One phrase in several languages: one id, one version per language, an English fallback marked as such."""

from __future__ import annotations

from pathlib import Path

from calmdesk.core import library_cache
from calmdesk.core.library import load_library
from calmdesk.core.model import Phrase


def pack(pack_id: str, lang: str, *phrases: tuple[str, str]) -> str:
    text = f'[pack]\nid = "{pack_id}"\nname = "N"\nlanguage = "{lang}"\nversion = "1"\n'
    for phrase_id, title in phrases:
        text += f'\n[[phrase]]\nid = "{phrase_id}"\ncategory = "wait"\ntitle = "{title}"\ntext = "{title}."\n'
    return text


def team(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_phrase_keeps_one_id_across_languages(tmp_path: Path) -> None:
    folder = team(
        tmp_path,
        {
            "en.toml": pack("t-en", "en", ("t.hold", "Hold on"), ("t.only-en", "Only English")),
            "es.toml": pack("t-es", "es", ("t.hold", "Un momento"), ("t.solo-es", "Solo en español")),
        },
    )
    library = load_library([folder], language="es")
    assert library.language == "es"
    hold = library.get("t.hold")
    assert hold is not None
    assert (hold.title, hold.lang) == ("Un momento", "es")
    assert library.languages_of("t.hold") == ("en", "es")
    # Without a Spanish version the English one is shown, and its lang says it is a fallback.
    only_en = library.get("t.only-en")
    assert only_en is not None
    assert only_en.lang == "en"
    assert library.version("t.solo-es", "en") == library.get("t.solo-es")  # no English version: its own
    assert [p.id for p in library.phrases].count("t.hold") == 1
    assert not [p for p in library.problems if p.file.startswith(str(tmp_path))]


def test_the_same_library_in_another_language(tmp_path: Path) -> None:
    folder = team(
        tmp_path,
        {
            "en.toml": pack("t-en", "en", ("t.hold", "Hold on")),
            "de.toml": pack("t-de", "de", ("t.hold", "Einen Moment")),
        },
    )
    english = load_library([folder], language="en")
    assert english.get("t.hold").title == "Hold on"  # type: ignore[union-attr]
    german = english.in_language("de")
    assert german.get("t.hold").title == "Einen Moment"  # type: ignore[union-attr]
    assert german.language == "de"
    assert german.in_language("en").get("t.hold").title == "Hold on"  # type: ignore[union-attr]
    assert english.in_language("de") is german  # kept, not rebuilt on every keystroke
    # Categories and checklist follow the view's language too (the built-in Spanish ones exist).
    assert english.in_language("es").categories["apology"].label == "Disculpa"
    assert english.categories["apology"].label == "Apology"


def test_same_id_twice_in_one_language_is_a_duplicate_but_not_across_languages(tmp_path: Path) -> None:
    folder = team(
        tmp_path,
        {
            "a.toml": pack("t-a", "es", ("t.x", "Uno")),
            "b.toml": pack("t-b", "es", ("t.x", "Dos")),
            "c.toml": pack("t-c", "fr", ("t.x", "Trois")),
        },
    )
    library = load_library([folder], language="es")
    mine = [p for p in library.problems if p.file.startswith(str(tmp_path))]
    assert [(Path(p.file).name, p.phrase_id) for p in mine] == [("b.toml", "t.x")]
    assert library.get("t.x").title == "Uno"  # type: ignore[union-attr]
    assert library.version("t.x", "fr").title == "Trois"  # type: ignore[union-attr]


def test_a_pack_language_must_be_a_code(tmp_path: Path) -> None:
    folder = team(tmp_path, {"a.toml": pack("t-a", "Spanish", ("t.x", "Uno"))})
    library = load_library([folder])
    assert any("no language code" in p.message for p in library.problems)
    assert library.get("t.x") is None


def test_pt_br_packs_are_portuguese(tmp_path: Path) -> None:
    folder = team(tmp_path, {"a.toml": pack("t-a", "pt-BR", ("t.x", "Um momento"))})
    library = load_library([folder], language="pt")
    assert library.get("t.x") == Phrase("t.x", "wait", "Um momento", "Um momento.", "t-a", lang="pt")


def test_the_builtin_library_holds_every_language() -> None:
    library = load_library(language="es")
    apology = library.get("apology.sorry-for-the-wait")
    assert apology is not None
    assert apology.lang == "es"
    assert "en" in library.languages_of("apology.sorry-for-the-wait")
    english = library.version("apology.sorry-for-the-wait", "en")
    assert english is not None
    assert english.lang == "en"
    assert english.text.startswith("Sorry")


def test_the_library_cache_keeps_languages_and_versions(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = library_cache.load("es", [], user_dir=None, cache_dir=cache)
    again = library_cache.load("es", [], user_dir=None, cache_dir=cache)
    assert (cache / library_cache.CACHE_FILE).exists()
    assert again.language == "es"
    assert again.phrases == first.phrases
    assert again.versions == first.versions
    assert again.in_language("en").get("closing.anything-else").lang == "en"  # type: ignore[union-attr]


def test_a_phrase_only_in_another_content_language_is_not_shown(tmp_path: Path) -> None:
    folder = team(
        tmp_path,
        {
            "es.toml": pack("t-es", "es", ("t.solo-es", "Solo en español")),
            "nl.toml": pack("t-nl", "nl", ("t.nl", "Een moment")),
        },
    )
    german = load_library([folder], language="de")
    assert german.get("t.solo-es") is None  # a German agent never meets Spanish
    assert german.get("t.nl") is not None  # a language CalmDesk has no content in: shown as before
    spanish = german.in_language("es")
    assert spanish.get("t.solo-es").title == "Solo en español"  # type: ignore[union-attr]


def test_a_start_reads_two_languages_and_another_on_first_use() -> None:
    english = load_library(language="en")
    assert english.builtin == ("en",)
    assert not any(p.lang == "fr" for p in english.versions)  # French packs not read at start
    french = english.in_language("fr")
    assert french.builtin == ("en", "fr")
    assert french.get("apology.sorry-for-the-wait").lang == "fr"  # type: ignore[union-attr]
    assert "fr" in french.languages_of("apology.sorry-for-the-wait")
    assert load_library(language="es").builtin == ("es", "en")
