"""An export always imports back, CSV cells never run as formulas, hostile text stays out (issue 15, 8-10).

Real processes on real files: what one CalmDesk exports, a fresh CalmDesk (a new data folder) imports whole.
"""

from __future__ import annotations

import codecs
import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from calmdesk.core.model import CATEGORY_KEYS, STEP_KEYS, Phrase
from calmdesk.core.phrase_rules import MAX_TAG_CHARS, MAX_TAGS, MAX_TEXT_CHARS, MAX_TITLE_CHARS
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import UserStore


def calmdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calmdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


def ok(*args: str) -> subprocess.CompletedProcess[str]:
    done = calmdesk(*args)
    assert done.returncode == 0, done.stderr
    return done


def _held() -> list[tuple[object, ...]]:
    with UserStore.open() as store:
        return sorted(
            (
                e.phrase.id,
                e.phrase.title,
                e.phrase.text,
                e.phrase.category,
                e.phrase.tags,
                e.phrase.channels,
                e.phrase.step,
            )
            for e in UserPhrases(store).all()
        )


def _everything_a_user_can_hold(tmp_path: Path) -> None:
    """Phrases at every limit, from the editor's rules, an import and a customized built-in."""
    sheet = tmp_path / "sheet.csv"
    rows = [
        ["title", "text", "category", "tags"],
        ["Long one", "Thank you for waiting. " * 304, "wait", "long"],  # 6,992 characters: the probe's case
        ["Formula", '=HYPERLINK("http://example.com","click")', "solution", "link"],
        ["+Plus title", "-starts with a dash\n- and a list", "closing", "@mention"],
        ["Many tags", "Tagged a lot.", "apology", ";".join(f"tag{n}" for n in range(MAX_TAGS + 5))],
        ["Wide tag", "A tag too wide.", "apology", "x" * (MAX_TAG_CHARS + 10)],
    ]
    with sheet.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    ok("import", "csv", str(sheet))
    with UserStore.open() as store:
        user = UserPhrases(store)
        held = [
            Phrase(
                "user.at-the-limits",
                "apology",
                "T" * MAX_TITLE_CHARS,
                "W " * (MAX_TEXT_CHARS // 2 - 2) + "end",
                "user",
                tuple(f"t{n}" for n in range(MAX_TAGS)),
                ("chat", "email"),
                STEP_KEYS[2],
            ),
            Phrase(
                "user.every-category",
                CATEGORY_KEYS[-1],
                "Émoji 🙂 and accents",
                "Line one\nLine two\tx",
                "user",
            ),
            Phrase(
                "listen.neutral-opener", "empathy", "My opener", "Hi {{customer_name}}, mine now.", "user"
            ),
        ]
        for phrase in held:
            user.save(phrase, customizes=phrase.id == "listen.neutral-opener")
        user.set_hidden("listen.take-your-time", True)


@pytest.mark.parametrize("kind", ["calmdesk", "csv"])
def test_an_export_of_everything_a_user_holds_imports_back_whole(tmp_path: Path, kind: str) -> None:
    _everything_a_user_can_hold(tmp_path)
    before = _held()
    assert len(before) >= 8
    mine = tmp_path / f"mine.{kind}"
    everything = tmp_path / f"all.{kind}"
    ok("export", kind, str(mine))
    ok("export", kind, "--all", str(everything))
    os.environ["XDG_DATA_HOME"] = str(tmp_path / "fresh")  # a new machine
    imported = ok("import", kind, str(mine))
    assert "Skipped" not in imported.stdout, imported.stdout
    after = _held()
    assert [a for a in after if a not in before] == [], [b for b in before if b not in after]
    os.environ["XDG_DATA_HOME"] = str(tmp_path / "fresh-all")
    whole = ok("import", kind, str(everything))
    # The built-in phrases are there already on the new machine; nothing else is left out.
    skipped = [line for line in whole.stdout.splitlines() if line.startswith("  - ")]
    assert [line for line in skipped if ": the same as the loaded phrase" not in line] == []
    assert "Added 7 phrases" in whole.stdout


def test_csv_export_writes_formulas_as_text(tmp_path: Path) -> None:
    _everything_a_user_can_hold(tmp_path)
    out = tmp_path / "mine.csv"
    ok("export", "csv", str(out))
    with out.open(encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]
    assert '\'=HYPERLINK("http://example.com","click")' in cells


def test_utf16_without_a_bom_is_read_as_text_and_nul_bytes_are_refused(tmp_path: Path) -> None:
    sheet = "title,text\nSorry for the wait,We are on it.\n"
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.csv"
        path.write_bytes(sheet.encode(codec))
        assert not path.read_bytes().startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        result = ok("import", "csv", "--dry-run", str(path))
        assert "Sorry for the wait" in result.stdout
        assert "\\x00" not in result.stdout
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"title,text\nSorry\x00,We are\x00 on it.\n")
    refused = calmdesk("import", "csv", str(nul))
    assert refused.returncode == 1
    assert "NUL" in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.mark.parametrize("bad", ["\x7f", "\x85", "\u2028", "\u202e", "\x07", "\u2066"])
def test_control_and_bidi_characters_never_get_in(tmp_path: Path, bad: str) -> None:
    sheet = tmp_path / "bad.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(
            [["title", "text"], [f"Sorry{bad}", "Fine text"], ["Good", f"Bad{bad}text"]]
        )
    result = calmdesk("import", "csv", str(sheet))
    assert result.returncode == 0, result.stderr
    assert "control characters" in result.stdout  # the text: refused, the phrase skipped
    held = _held()
    assert len(held) <= 1  # a title is one line: a separator there may only have become a space
    assert not [field for row in held for field in row if bad in str(field)]
    refused = calmdesk("complaint", "new", "--customer", f"Ana{bad}Lopez")
    assert refused.returncode == 2
    assert "control character" in refused.stderr


@pytest.mark.parametrize("bad", ["\x7f", "\x85", "\u2028", "\u202e", "\x1b]52;c;aGk=\x07"])
def test_no_control_character_in_a_complaint_field_reaches_the_copied_reply(bad: str) -> None:
    ok("complaint", "new")
    with UserStore.open() as store:  # as an older CalmDesk (or a hand edit) may have left it
        store.complaints.remember({"customer_name": f"Ana{bad}Lopez"})
    rendered = ok("render", "listen.neutral-opener").stdout
    assert "AnaLopez" in rendered or "Ana]52;c;aGk=Lopez" in rendered
    assert not [ch for ch in rendered if ch != "\n" and (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F)]
    assert not set(rendered) & {"\u2028", "\u2029", "\u202e", "\u2066"}
