"""Beeftext JSON exports (file versions 1, 5 and 10 as samples; old and new field names) and Beeftext CSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calmdesk.core import placeholders
from calmdesk.core.importers import ImportFailed, read_import
from calmdesk.core.importers.beeftext import import_beeftext_text

SAMPLES = Path(__file__).parent / "samples"


def _texts(name: str) -> dict[str, str]:
    result = read_import("beeftext", SAMPLES / name, taken=set())
    for phrase in result.phrases:
        assert placeholders.problems(phrase.text) == []
    return {p.title: p.text for p in result.phrases}


def test_version_1_with_the_old_field_names() -> None:
    texts = _texts("beeftext-v1.json")
    # The same prompt twice is one blank; the agent fills it once.
    assert (
        texts["Apology"] == "I am sorry for the trouble, {{customer_name}}. {{customer_name}}, I will fix it."
    )
    assert texts["Date stamp"] == "Checked on {{date}} at {{time}}."


def test_version_5_groups_become_tags_and_shifted_dates_clock_placeholders() -> None:
    result = read_import("beeftext", SAMPLES / "beeftext-v5.json", taken=set())
    refund = next(p for p in result.phrases if p.title == "Refund sent")
    assert refund.text == "Your refund went out today; it reaches you by {{date+3d}}."
    assert refund.tags == ("refund", "Refunds")
    assert _texts("beeftext-v5.json")["Paste reference"] == "Your reference: {{clipboard}}"
    assert result.dropped["cursor marker #{cursor}"] == 1


def test_version_10_current_names_and_variables_that_are_never_run() -> None:
    result = read_import("beeftext", SAMPLES / "beeftext-v10.json", taken=set())
    texts = {p.title: p.text for p in result.phrases}
    assert texts["Goodbye"] == "Thanks for chatting with us, have a great {{weekday}}!"
    assert texts["Machine info"] == "PC: {{envvar}} {{powershell}} {{key}} {{shortcut}}"
    assert texts["Signature"] == "Regards, Sam (ACME support)"  # #{combo:...} inlined
    for kind in ("envvar", "powershell", "key", "shortcut"):
        assert result.dropped[f"#{{{kind}}} variable (not run, now a blank)"] == 1
    assert next(p for p in result.phrases if p.title == "Goodbye").category == "closing"


def test_beeftext_csv() -> None:
    result = read_import("beeftext", SAMPLES / "beeftext.csv", taken=set())
    assert [(p.title, p.tags) for p in result.phrases] == [("Goodbye", ("bye",)), ("Escalated", ("esc",))]
    assert result.phrases[1].category == "escalation"


@pytest.mark.parametrize("version", [0, 11, "10", None, True])
def test_unknown_file_versions_are_refused(version: object) -> None:
    text = json.dumps({"fileFormatVersion": version, "combos": []})
    with pytest.raises(ImportFailed, match="file format version"):
        import_beeftext_text(text, "b.json", taken=set(), default_category="solution")


def test_every_version_from_1_to_10_reads() -> None:
    for version in range(1, 11):
        combo = {"keyword": "k", "snippet": "Hello #{input:who}"}
        text = json.dumps({"fileFormatVersion": version, "combos": [combo]})
        result = import_beeftext_text(text, "b.json", taken=set(), default_category="solution")
        assert [p.text for p in result.phrases] == ["Hello {{who}}"]


def test_broken_json_names_its_line() -> None:
    with pytest.raises(ImportFailed) as caught:
        import_beeftext_text(
            '{\n  "combos": [\n    {,}\n', "b.json", taken=set(), default_category="solution"
        )
    assert caught.value.line == 3
    assert "not valid JSON" in str(caught.value)
