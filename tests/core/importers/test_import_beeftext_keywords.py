"""Beeftext keywords that several combos share (Beeftext picks one at random): every combo kept as a phrase,
the person told, a combo put inside another a choice of the versions; a repeated combo skipped, saying which
it repeats (realworld/EXPECTED.md, fifth round)."""

from __future__ import annotations

from pathlib import Path

from calmdesk.core.importers import read_import

REAL = Path(__file__).parent / "realworld"


def test_every_combo_of_a_shared_keyword_is_a_phrase_and_repeats_are_skipped_saying_which() -> None:
    result = read_import("beeftext", REAL / "beeftext-same-keyword.json", taken=set())
    texts = [p.text for p in result.phrases]
    assert texts[:5] == [
        "Hi there!",
        "Hello!",
        "Good morning!",
        "Best,\nRobin\nBilling team",
        "Kind regards,\nRobin",
    ]
    assert len(result.phrases) == 9
    assert all(p.tags == ("hi",) for p in result.phrases[:3])  # the keyword, without its sigil
    skipped = {s.title: s.reason for s in result.skipped}
    assert skipped["Thanks"].startswith("the same keyword and snippet as ")
    assert "combo ::ty (#6)" in skipped["Thanks"]
    assert skipped["Refund note"].startswith("a copy of ")
    assert "combo ::rf (#8)" in skipped["Refund note"]


def test_the_person_is_told_once_per_shared_keyword() -> None:
    result = read_import("beeftext", REAL / "beeftext-same-keyword.json", taken=set())
    shared = [n for n in result.notes if "Beeftext types one of them at random" in n]
    assert len(shared) == 2
    assert any('"::hi" is on 3 combos' in n for n in shared)
    assert any('"::sig" is on 2 combos' in n for n in shared)


def test_a_combo_inside_a_combo_is_a_choice_of_one_line_versions_else_the_first_said() -> None:
    result = read_import("beeftext", REAL / "beeftext-same-keyword.json", taken=set())
    by_tag = {p.tags[0]: p.text for p in result.phrases if p.tags}
    assert by_tag["open"] == "{{hi: Hi there! | Hello! | Good morning!}} How can I help?"
    assert by_tag["close"] == "Thanks for waiting.\nBest,\nRobin\nBilling team"
    assert any("::sig has 2 versions" in n and "the first one is put in" in n for n in result.notes)
    assert any("::hi has 3 versions" in n and "a choice of them" in n for n in result.notes)


def test_beeftexts_csv_export_reads_shared_keywords_the_same_way(tmp_path: Path) -> None:
    sheet = tmp_path / "combos.csv"
    sheet.write_text(
        "keyword,snippet,name\n::hi,Hi there!,Greeting\n::hi,Hello!,Greeting\n::hi,Hello!,Greeting\n"
        "::open,#{combo:::hi} How can I help?,Opening\n",
        encoding="utf-8",
    )
    result = read_import("beeftext", sheet, taken=set())
    assert [p.text for p in result.phrases] == [
        "Hi there!",
        "Hello!",
        "{{hi: Hi there! | Hello!}} How can I help?",
    ]
    assert [s.reason for s in result.skipped] == [f"the same keyword and snippet as {sheet}:3"]
    assert any('"::hi" is on 2 combos' in n for n in result.notes)
