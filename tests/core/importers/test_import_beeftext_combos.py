"""Beeftext combos that insert other combos, read as Beeftext evaluates them (realworld/EXPECTED.md)."""

from __future__ import annotations

import json
from pathlib import Path

from calmdesk.core.importers import read_import
from calmdesk.core.importers.beeftext import import_beeftext_text

REAL = Path(__file__).parent / "realworld"


def _read(*combos: tuple[str, str]):
    doc = {"fileFormatVersion": 10, "combos": [{"keyword": k, "name": k, "snippet": s} for k, s in combos]}
    return import_beeftext_text(json.dumps(doc), "b.json", taken=set(), default_category="general")


def test_a_combo_inside_a_combo_inside_a_combo_is_text() -> None:
    result = _read(
        ("::full", "Thanks! #{combo:::sig}"),
        ("::sig", "Robin, #{upper:::team}"),
        ("::team", "billing"),
    )
    assert result.phrases[0].text == "Thanks! Robin, BILLING"
    assert result.notes == []


def test_a_cycle_ends_and_a_missing_combo_is_named() -> None:
    result = _read(
        ("::a", "A then #{combo:::b}"), ("::b", "B then #{combo:::a}"), ("::c", "See #{combo:::sig}")
    )
    texts = [p.text for p in result.phrases]
    assert texts == ["A then B then {{a}}", "B then A then {{b}}", "See {{sig}}"]
    assert any("::a" in n and "cycle" in n for n in result.notes)
    assert any("::sig" in n and "not in this export" in n for n in result.notes)


def test_rich_text_combos_are_their_visible_text() -> None:
    result = read_import("beeftext", REAL / "beeftext-rich-text.json", taken=set())
    texts = {p.tags[0]: p.text for p in result.phrases}
    assert texts == {
        "ship": "Hello {{customer_name}},\n\nYour order is on its way & arrives soon.\nThanks!",
        "plain": "Plain <b> stays as typed",
    }
    assert result.dropped["rich text (HTML) read as plain text"] == 1


def test_combos_inside_combos_of_beeftexts_csv_export_are_read_too(tmp_path: Path) -> None:
    sheet = tmp_path / "combos.csv"
    sheet.write_text(
        'keyword,snippet,name\n::sig,"Robin, #{upper:::team}",Signature\n::team,billing,Team\n'
        "::ty,Thanks! #{combo:::sig},Thanks\n",
        encoding="utf-8",
    )
    result = read_import("beeftext", sheet, taken=set())
    assert [p.text for p in result.phrases] == ["Robin, BILLING", "billing", "Thanks! Robin, BILLING"]
    assert result.notes == []


def test_an_escaped_brace_in_a_variables_parameter_is_a_brace_as_in_beeftext() -> None:
    """Beeftext's variable pattern ends at the first } not escaped; in a parameter \\} is a brace."""
    result = _read(
        ("::ask", "Your order #{input:Order number (like {A-1\\})} is noted."),
        ("::x}y", "Inner"),
        ("::use", "Then #{combo:::x\\}y} again"),
    )
    assert [p.text for p in result.phrases] == [
        "Your order {{order_number_like_a_1}} is noted.",
        "Inner",
        "Then Inner again",
    ]
    assert result.notes == []


def test_combos_repeated_inside_combos_do_not_blow_up() -> None:
    """A combo that puts in the next one twice, forty deep, is 2^40 copies in Beeftext (a hostile file):
    each combo is read once per path, and one past the text limit is a blank with a note."""
    result = _read(*[(f"k{i}", f"#{{combo:k{i + 1}}}#{{combo:k{i + 1}}}") for i in range(40)], ("k40", "ha"))
    assert len(result.phrases[0].text) < 1000
    assert any("combo k26 puts in more than 20,000 characters" in note for note in result.notes)


def test_many_versions_of_many_keywords_inside_each_other_stay_quick() -> None:
    """Twenty versions of each of eight keywords, each putting in the next: 20^8 ways, read once each."""
    result = _read(
        *[(f"k{i}", f"v{j} #{{combo:k{i + 1}}}") for i in range(8) for j in range(20)], ("k8", "end")
    )
    assert len(result.phrases) == 161
