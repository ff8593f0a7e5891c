"""The pseudo-locale: accented, bracketed, 40% longer strings that keep what must work, and every window
shown in it with no text cut short."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from calmdesk.ui.common.pseudo_locale import CODE, pseudo, write_catalogue

ROOT = Path(__file__).resolve().parents[3]
GALLERY = Path(__file__).with_name("window_gallery.py")
SCREEN = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": True,
    "screens": [{"name": "desk", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96,
                 "logicalBaseDpi": 96, "dpr": 1}],
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Settings", "&Your name:", "Tone check: %n thing(s) to look at", "Press %s beside your chat to find it.",
     "New phrase (Ctrl+N)", "Hi {{customer_name}}, thanks", "CalmDesk pack (*.toml);;CSV (*.csv)", "Q&&A"],
)  # fmt: skip
def test_pseudo_text_is_longer_accented_and_keeps_what_must_work(text: str) -> None:
    shown = pseudo(text)
    assert shown.startswith("[")
    assert shown.endswith("]")
    assert len(shown) >= 1.4 * len(text)
    assert shown != text
    assert not shown[1:-1].isascii()
    for kept in ("%n", "%s", "Ctrl+N", "{{customer_name}}", "*.toml", ";;", "&&", "&Y"):
        assert (kept in shown) == (kept in text), kept


def test_empty_text_stays_empty() -> None:
    assert pseudo("") == ""
    assert pseudo("  ") == "  "


def test_the_catalogue_pseudo_translates_every_message(tmp_path: Path) -> None:
    source = ROOT / "resources" / "translations" / "calmdesk_es.ts"
    out = tmp_path / f"calmdesk_{CODE}.ts"
    count = write_catalogue(source, out)
    messages = list(ET.parse(out).getroot().iter("message"))
    assert count == len(messages) > 400
    for message in messages:
        node = message.find("translation")
        assert node is not None
        assert node.get("type") is None
        texts = [f.text for f in node.iter("numerusform")] or [node.text]
        assert all(t and t.startswith("[") for t in texts), message.findtext("source")


@pytest.mark.parametrize("lang", [CODE, "es", "de", "fr", "pt"])
def test_every_window_shows_its_texts_whole(lang: str, tmp_path: Path, xdg_home: Path) -> None:
    """Every window (each tab too) at 1280x800, in the pseudo-locale (strings 40% longer than English) and in
    each language: nothing cut short. CALMDESK_GALLERY=DIR keeps the pictures (scripts/pseudo-screenshots
    does so under Xvfb)."""
    settings = xdg_home / "config" / "calmdesk" / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f'agent_name = "Sam"\ncompany = "ACME"\ninterface_language = "{lang}"\n')
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(SCREEN), encoding="utf-8")
    pictures = Path(os.environ.get("CALMDESK_GALLERY", tmp_path / "gallery")) / lang
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    done = subprocess.run(
        [sys.executable, str(GALLERY), str(pictures)], env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(report["titles"]) >= 14
    if lang == CODE:  # every window title went through the catalogue
        assert all(title.startswith("[") for title in report["titles"].values() if title), report["titles"]
    else:
        assert "Settings" not in report["titles"]["settings-1"]
    assert {name: cut for name, cut in report["cut_short"].items() if cut} == {}
    assert len(list(pictures.glob("*.png"))) == len(report["titles"])
