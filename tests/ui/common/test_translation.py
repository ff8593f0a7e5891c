"""The interface catalogues: complete, faithful to their sources' placeholders and keys, and loaded."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from calmdesk.ui.common import translation

CATALOGUES = sorted((Path(__file__).resolve().parents[3] / "resources" / "translations").glob("*.ts"))
# What must survive a translation untouched: %s, %d, %g, %1 placeholders, {{blanks}}, key names.
_PLACEHOLDER = re.compile(r"%[sdg1-9]|\{\{[^}]*\}\}")
_KEYS = re.compile(r"(?:Ctrl|Alt|Shift)\+[^\s·,):]+|\bEsc\b|\bEnter\b|\bTab\b|\bF\d+\b")


def messages(path: Path) -> list[tuple[str, str, str | None]]:
    root = ET.parse(path).getroot()
    found = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        kind = node.get("type") if node is not None else "unfinished"
        found.append((source, (node.text or "") if node is not None else "", kind))
    return found


def test_the_catalogues_ship() -> None:
    assert [p.name for p in CATALOGUES] == [f"calmdesk_{lang}.ts" for lang in ("de", "es", "fr", "pt")]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_every_string_of_a_shipped_catalogue_is_translated(path: Path) -> None:
    left = [source for source, text, kind in messages(path) if kind in ("unfinished", "vanished") or not text]
    assert left == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_placeholders_shortcuts_and_keys_survive(path: Path) -> None:
    for source, text, _kind in messages(path):
        assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(source)), source
        assert text.count("&") == source.count("&"), source  # one Alt+letter mnemonic each, or none
        assert _KEYS.findall(text) == _KEYS.findall(source), source


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
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


def test_a_missing_catalogue_leaves_english(qapp) -> None:  # type: ignore[no-untyped-def]
    assert not translation.install(qapp, "xx")
    assert QCoreApplication.translate("Tray", "Quit") == "Quit"
