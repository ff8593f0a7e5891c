"""Espanso match files, folders and packages, read from hand-written samples of the documented format."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core import placeholders
from calmdesk.core.importers import ImportFailed, read_import
from calmdesk.core.importers.espanso import import_espanso_text

SAMPLES = Path(__file__).parent / "samples"


def _by_tag(result):
    return {phrase.tags[0]: phrase for phrase in result.phrases}


def test_a_match_file_becomes_phrases_with_placeholders() -> None:
    result = read_import("espanso", SAMPLES / "espanso-base.yml", taken=set())
    found = _by_tag(result)
    assert set(found) == {"sry", "hold", "ship", "tomorrow", "sig", "order", "paste", "typo", "rich"}
    assert found["rich"].text == "Bold thanks", "an html: match keeps what the reader saw, not its markup"
    assert found["sry"].text.endswith("bearing with me.")  # $|$ dropped
    assert found["sry"].category == "apology"
    hold = found["hold"]
    assert hold.title == "Please hold on"
    assert hold.tags == ("hold", "wait1", "moment", "minute")
    assert hold.text == "Could you bear with me for {{mins: 2 | 5 | 10}} minutes while I look into this?"
    assert "{{window: 1-2 working days | 3-5 working days}}" in found["ship"].text
    assert found["tomorrow"].text == "I will call you back on {{date+1d}} with an update."
    assert found["sig"].text == "Kind regards,\nSam from ACME support"
    assert found["order"].text == (
        "Thanks! I have noted order {{order}} for {{name|the customer}} "
        "({{reason: damaged | late | wrong item}})."
    )
    assert found["paste"].text == "You wrote: {{clipb}}"
    for phrase in result.phrases:
        assert placeholders.problems(phrase.text) == []
        assert phrase.id.startswith("user.")


def test_skips_counts_and_warnings_are_reported() -> None:
    result = read_import("espanso", SAMPLES / "espanso-base.yml", taken=set())
    reasons = sorted(s.reason.split(":")[0] for s in result.skipped)
    assert reasons == ["a regex trigger", "an image snippet"]
    assert result.dropped["cursor marker $|$"] == 1
    assert result.dropped["word-boundary option (word)"] == 1
    assert result.dropped["case option (propagate_case)"] == 1
    assert any('unknown key "wrod"' in note for note in result.notes)


def test_a_package_folder_reads_every_file_and_names_the_package() -> None:
    result = read_import("espanso", SAMPLES / "espanso-package", taken=set())
    assert sorted(p.tags[0] for p in result.phrases) == ["esc", "refund"]
    refund = next(p for p in result.phrases if p.tags[0] == "refund")
    assert "{{days: 3-5 | 5-10}}" in refund.text  # choice ids, as Espanso inserts them
    assert set(result.origins.values()) == {
        "espanso package ACME support replies 0.2.1 by ACME team: package.yml",
        "espanso package ACME support replies 0.2.1 by ACME team: extra.yml",
    }


def test_an_espanso_config_folder_reads_its_match_folder_only() -> None:
    result = read_import("espanso", SAMPLES / "espanso-config", taken=set())
    assert [p.text for p in result.phrases] == ["Thank you for your patience today."]


def test_ids_never_reuse_one_already_taken() -> None:
    result = read_import("espanso", SAMPLES / "espanso-base.yml", taken={"user.please-hold-on"})
    assert "user.please-hold-on-2" in {p.id for p in result.phrases}


def test_shell_and_script_variables_are_never_run(tmp_path: Path) -> None:
    canary = tmp_path / "canary"
    sample = (SAMPLES / "espanso-shell.yml").read_text(encoding="utf-8")
    (tmp_path / "shell.yml").write_text(sample.replace("CANARY_PATH", str(canary)), encoding="utf-8")
    result = read_import("espanso", tmp_path / "shell.yml", taken=set())
    assert not canary.exists()
    texts = {p.tags[0]: p.text for p in result.phrases}
    assert texts == {
        "ip": "Your address is {{addr}} on {{host}}.",
        "py": "Result: {{out}}",
        "odd": "Thing: {{thing}}",
    }
    assert result.dropped["shell variable (not run, now a blank)"] == 2
    assert result.dropped["script variable (not run, now a blank)"] == 1
    assert sum("was not run" in note for note in result.notes) == 4
    assert not canary.exists()


def test_python_objects_in_yaml_are_refused_not_built(tmp_path: Path) -> None:
    canary = tmp_path / "canary"
    text = f'matches:\n  - trigger: ":x"\n    replace: !!python/object/apply:os.system ["touch {canary}"]\n'
    with pytest.raises(ImportFailed, match="not valid YAML"):
        import_espanso_text(text, "evil.yml", taken=set(), default_category="solution")
    assert not canary.exists()


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("matches:\n  - trigger: ':a'\n    replace: [unclosed\n", "not valid YAML", 4),
        ("matches: 3\n", "`matches:` must be a list", None),
        ("- just a list\n", "a mapping with a `matches:` list", None),
    ],
)
def test_malformed_files_name_file_and_line(text: str, message: str, line: int | None) -> None:
    with pytest.raises(ImportFailed) as caught:
        import_espanso_text(text, "bad.yml", taken=set(), default_category="solution")
    assert message in str(caught.value)
    assert caught.value.source == "bad.yml"
    assert caught.value.line == line


def test_missing_or_empty_folders_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="no such file or folder"):
        read_import("espanso", tmp_path / "nope", taken=set())
    with pytest.raises(ImportFailed, match="no Espanso match files"):
        read_import("espanso", tmp_path, taken=set())


def test_the_default_category_is_used_when_no_word_points_elsewhere() -> None:
    text = "matches:\n  - trigger: ':k'\n    replace: 'Lorem ipsum dolor'\n"
    result = import_espanso_text(text, "k.yml", taken=set(), default_category="questions")
    assert result.phrases[0].category == "questions"


def test_a_date_offset_without_a_match_is_said_and_formats_are_counted() -> None:
    text = (
        "matches:\n  - trigger: ':y'\n    replace: 'Since {{when}}'\n    vars:\n      - name: when\n"
        "        type: date\n        params:\n          format: '%d/%m/%Y'\n          offset: -86400\n"
    )
    result = import_espanso_text(text, "y.yml", taken=set(), default_category="solution")
    assert result.phrases[0].text == "Since {{date}}"
    assert any('the date offset of "when" has no CalmDesk match' in note for note in result.notes)
    assert result.dropped["date format (CalmDesk writes dates its own way)"] == 1
