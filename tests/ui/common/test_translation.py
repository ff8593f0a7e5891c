"""The interface catalogues: complete, faithful to their sources' placeholders and keys, and loaded."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from calmdesk.ui.common import translation

ROOT = Path(__file__).resolve().parents[3]
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("*.ts"))
# What must survive a translation untouched: %s, %d, %g, %1 placeholders, {{blanks}}, key names.
_PLACEHOLDER = re.compile(r"%[sdgn1-9]|\{\{[^}]*\}\}")
_KEYS = re.compile(r"(?:Ctrl|Alt|Shift)\+[^\s·,):]+|\bEsc\b|\bEnter\b|\bTab\b|\bF\d+\b")


def messages(path: Path) -> list[tuple[str, str, str | None]]:
    """(source, translation, type) of each message; a plural message gives one row per form."""
    root = ET.parse(path).getroot()
    found = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        kind = node.get("type") if node is not None else "unfinished"
        if message.get("numerus") == "yes" and node is not None:
            found += [(source, form.text or "", kind) for form in node.iter("numerusform")]
        else:
            found.append((source, (node.text or "") if node is not None else "", kind))
    return found


def test_the_catalogues_ship() -> None:
    # English holds only the plural forms of its own "%n phrase(s)" messages (lupdate -pluralonly).
    assert [p.name for p in CATALOGUES] == [f"calmdesk_{lang}.ts" for lang in ("de", "en", "es", "fr", "pt")]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_every_string_of_a_shipped_catalogue_is_translated(path: Path) -> None:
    left = [source for source, text, kind in messages(path) if kind in ("unfinished", "vanished") or not text]
    assert left == []


# What pyside6-lupdate cannot follow: a function or variable standing for tr/translate, a text that is not a
# literal string (a name, an f-string), or a call inside an f-string. Such a string never reaches a catalogue.
_HIDDEN = re.compile(
    r"def _?tr\(|\btr = |(?:\btr|QCoreApplication\.translate)\((?:\"[A-Za-z]+\",\s*)?(?:[A-Za-z_]\w*[,)]|f\")"
    r"|f\"[^\"]*\{[^}]*\btr\(|f'[^']*\{[^}]*\btr\("
)


def test_no_window_text_is_hidden_from_lupdate() -> None:
    hidden = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for part in ("app", "ui", "system")
        for path in sorted((ROOT / "desktop" / "calmdesk" / part).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _HIDDEN.search(line) and not line.lstrip().startswith("#")
    ]
    assert hidden == []


def test_the_catalogues_follow_the_code() -> None:
    """No window string of the code is missing from a catalogue (or left unfinished in it): `scripts/update-
    translations --check` refreshes a copy of each with lupdate and lists what is new. When this fails, run
    scripts/update-translations and translate what it added (the test above holds that)."""
    check = subprocess.run(
        ["bash", str(ROOT / "scripts" / "update-translations"), "--check"],
        env={**os.environ, "CALMDESK_VENV": str(Path(sys.executable).parent.parent)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert check.returncode == 0, check.stdout[-4000:] + check.stderr


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_every_context_is_one_qt_looks_up(path: Path) -> None:
    """lupdate files a tr() it cannot place (`tr = parent.tr`, `widget.tr(...)`) under "" or the variable's
    name, never the class whose name Qt looks it up under at run time: such a string is never translated."""
    names = [c.findtext("name") or "" for c in ET.parse(path).getroot().iter("context")]
    assert [n for n in names if not n[:1].isupper()] == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_placeholders_shortcuts_and_keys_survive(path: Path) -> None:
    for source, text, _kind in messages(path):
        assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(source)), source
        assert text.count("&") == source.count("&"), source  # one Alt+letter mnemonic each, or none
        assert _KEYS.findall(text) == _KEYS.findall(source), source


@pytest.mark.parametrize("path", [p for p in CATALOGUES if p.stem != "calmdesk_en"], ids=lambda p: p.stem)
def test_mnemonics_do_not_clash_within_a_form(path: Path) -> None:
    """The complaint form's Alt+letters stay unique in each language (the one form every agent uses)."""
    root = ET.parse(path).getroot()
    form = next(c for c in root.iter("context") if c.findtext("name") == "ComplaintForm")
    letters = [
        text[text.index("&") + 1].lower()
        for m in form.iter("message")
        if (text := m.findtext("translation") or "").count("&") == 1 and text.endswith(":")
    ]
    assert len(letters) == len(set(letters)) >= 6


def test_the_spanish_interface_is_installed(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert translation.interface_language("") == "es"
    assert translation.interface_language("de") == "de"
    try:
        assert translation.install(qapp, "es")
        assert QCoreApplication.translate("Tray", "Quit") == "Salir"
        assert QCoreApplication.translate("ComplaintForm", "&Language:") == "&Idioma:"
    finally:
        translation.install(qapp, "en")
    assert QCoreApplication.translate("Tray", "Quit") == "Quit"


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        ("en", {0: "0 things", 1: "1 thing to", 2: "2 things"}),
        ("es", {0: "0 cosas", 1: "1 cosa que", 5: "5 cosas"}),
        ("de", {0: "0 Stellen", 1: "1 Stelle ansehen", 2: "2 Stellen"}),
        ("fr", {0: "0 point à", 1: "1 point à", 2: "2 points"}),  # French: 0 takes the singular
        ("pt", {0: "0 ponto", 1: "1 ponto", 2: "2 pontos"}),  # Brazilian Portuguese: so does 0
    ],
)
def test_counts_take_the_languages_plural_form(qapp, lang: str, counts: dict[int, str]) -> None:  # type: ignore[no-untyped-def]
    try:
        assert translation.install(qapp, lang)
        for n, words in counts.items():
            text = QCoreApplication.translate("CheckPane", "Tone check: %n thing(s) to look at", None, n)
            assert words in text, (n, text)
    finally:
        translation.install(qapp, "en")


def test_a_missing_catalogue_leaves_english(qapp) -> None:  # type: ignore[no-untyped-def]
    assert not translation.install(qapp, "xx")
    assert QCoreApplication.translate("Tray", "Quit") == "Quit"
