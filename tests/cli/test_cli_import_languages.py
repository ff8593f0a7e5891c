"""`calmdesk import --lang` and `export` keep each phrase's language: a CSV `lang` column, a pack per
language, and a round trip that brings every version back (in process; a real data file in tmp_path)."""

from __future__ import annotations

import csv
import json
import tomllib
from pathlib import Path

import pytest

from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import UserStore
from cli_runner import calmdesk

SAMPLES = Path(__file__).parents[1] / "core" / "importers" / "samples"


def ok(*args: str) -> str:
    done = calmdesk(*args)
    assert done.returncode == 0, done.stderr
    return str(done.stdout)


def _versions() -> dict[tuple[str, str], tuple[str, str]]:
    """(id, lang) -> (title, text) of every user phrase in the data file."""
    with UserStore.open() as store:
        return {e.key: (e.phrase.title, e.phrase.text) for e in UserPhrases(store).all()}


def _sheet(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


BILINGUAL = [
    ["id", "title", "text", "category", "lang"],
    ["user.refund-sent", "Refund sent", "Your refund is on its way.", "solution", "en"],
    ["user.refund-sent", "Reembolso enviado", "Su reembolso ya está en camino.", "solution", "es"],
    ["user.refund-sent", "Erstattung", "Ihre Erstattung ist unterwegs.", "solution", "Deutsch"],
    ["user.hold-on", "Un momento", "Un momento, por favor.", "wait", ""],
]


@pytest.mark.parametrize(
    ("kind", "sample"),
    [("espanso", "espanso-base.yml"), ("beeftext", "beeftext-v10.json"), ("csv", "generic.csv")],
)
def test_import_takes_the_language_given(xdg_home: Path, kind: str, sample: str) -> None:
    ok("import", kind, str(SAMPLES / sample), "--lang", "es")
    langs = {key[1] for key in _versions()}
    assert langs == {"es"}
    listed = json.loads(ok("list", "--lang", "es", "--json"))
    assert {p["lang"] for p in listed if p["id"].startswith("user.")} == {"es"}


def test_without_lang_the_content_language_is_used(xdg_home: Path) -> None:
    (xdg_home / "config" / "calmdesk").mkdir(parents=True, exist_ok=True)
    (xdg_home / "config" / "calmdesk" / "settings.toml").write_text('language = "fr"\n', encoding="utf-8")
    ok("import", "espanso", str(SAMPLES / "espanso-base.yml"))
    assert {key[1] for key in _versions()} == {"fr"}


def test_a_csv_lang_column_gives_each_row_its_language(xdg_home: Path, tmp_path: Path) -> None:
    sheet = _sheet(tmp_path / "sheet.csv", BILINGUAL)
    ok("import", "csv", str(sheet), "--lang", "pt")
    assert _versions() == {
        ("user.refund-sent", "en"): ("Refund sent", "Your refund is on its way."),
        ("user.refund-sent", "es"): ("Reembolso enviado", "Su reembolso ya está en camino."),
        ("user.refund-sent", "de"): ("Erstattung", "Ihre Erstattung ist unterwegs."),
        ("user.hold-on", "pt"): ("Un momento", "Un momento, por favor."),  # no cell: --lang
    }
    # Shown in each language's library, under one id.
    spanish = {p["id"]: p for p in json.loads(ok("list", "--lang", "es", "--json"))}
    assert spanish["user.refund-sent"]["title"] == "Reembolso enviado"
    assert spanish["user.refund-sent"]["lang"] == "es"


def test_an_unknown_language_is_refused_clearly(xdg_home: Path, tmp_path: Path) -> None:
    done = calmdesk("import", "csv", str(SAMPLES / "generic.csv"), "--lang", "sp")
    assert done.returncode == 2
    assert 'unknown language "sp": use one of en, es, de, fr, pt' in done.stderr
    assert "Traceback" not in done.stderr
    sheet = _sheet(tmp_path / "typo.csv", [*BILINGUAL[:2], ["user.x", "Klingon", "Qapla'", "closing", "tlh"]])
    out = ok("import", "csv", str(sheet))
    assert 'Klingon: unknown language "tlh": use one of en, es, de, fr, pt' in out
    assert set(_versions()) == {("user.refund-sent", "en")}  # the good row imported, the bad one said


def test_csv_round_trip_keeps_every_version(
    xdg_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok("import", "csv", str(_sheet(tmp_path / "sheet.csv", BILINGUAL)), "--lang", "pt")
    before = _versions()
    exported = tmp_path / "mine.csv"
    ok("export", "csv", str(exported))
    with exported.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted((r["id"], r["lang"]) for r in rows) == sorted(before)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "new-machine"))
    ok("import", "csv", str(exported))
    assert _versions() == before
    again = ok("import", "csv", str(exported))  # twice: nothing new
    assert "Nothing to add." in again


def test_a_pack_per_language_and_back(
    xdg_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok("import", "csv", str(_sheet(tmp_path / "sheet.csv", BILINGUAL)), "--lang", "pt")
    before = _versions()
    out = tmp_path / "mine.toml"
    done = calmdesk("export", "calmdesk", str(out))
    assert done.returncode == 0, done.stderr
    files = [out, tmp_path / "mine.es.toml", tmp_path / "mine.de.toml", tmp_path / "mine.pt.toml"]
    packs = {f: tomllib.loads(f.read_text(encoding="utf-8"))["pack"] for f in files}
    assert [p["language"] for p in packs.values()] == ["en", "es", "de", "pt"]
    assert len({p["id"] for p in packs.values()}) == 4  # two loaded packs never share an id
    assert all(str(f) in done.stderr for f in files)
    assert ok("pack", "check", *map(str, files))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "new-machine"))
    for file in files:
        ok("import", "calmdesk", str(file))
    assert _versions() == before


def test_export_lang_writes_one_language(xdg_home: Path, tmp_path: Path) -> None:
    ok("import", "csv", str(_sheet(tmp_path / "sheet.csv", BILINGUAL)), "--lang", "pt")
    out = tmp_path / "spanish.csv"
    ok("export", "csv", "--lang", "es", str(out))
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["id"], r["lang"], r["title"]) for r in rows] == [
        ("user.refund-sent", "es", "Reembolso enviado")
    ]


def test_a_folder_of_language_packs_brings_every_version_back_at_once(
    xdg_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok("import", "csv", str(_sheet(tmp_path / "sheet.csv", BILINGUAL)), "--lang", "pt")
    before = _versions()
    folder = tmp_path / "export"
    folder.mkdir()
    ok("export", "calmdesk", str(folder / "mine.toml"))
    (folder / "notes.txt").write_text("not a pack", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "new-machine"))
    preview = ok("import", "calmdesk", str(folder), "--dry-run")
    assert str(len(before)) in preview.splitlines()[0]  # "Would add 7 phrases:"
    ok("import", "calmdesk", str(folder))
    assert _versions() == before
    assert "Nothing to add." in ok("import", "calmdesk", str(folder))


def test_one_pack_of_an_export_names_its_other_languages(xdg_home: Path, tmp_path: Path) -> None:
    ok("import", "csv", str(_sheet(tmp_path / "sheet.csv", BILINGUAL)), "--lang", "pt")
    ok("export", "calmdesk", str(tmp_path / "mine.toml"))
    said = ok("import", "calmdesk", str(tmp_path / "mine.toml"), "--dry-run")
    assert "mine.es.toml, mine.de.toml, mine.pt.toml beside it hold other languages' versions" in said


def test_a_folder_without_packs_is_refused_clearly(xdg_home: Path, tmp_path: Path) -> None:
    done = calmdesk("import", "calmdesk", str(tmp_path))
    assert done.returncode != 0
    assert "no CalmDesk packs (*.toml) in this folder" in done.stderr


def test_an_export_into_a_folder_is_the_folder_an_import_reads_back(
    xdg_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok("import", "csv", str(_sheet(tmp_path / "sheet.csv", BILINGUAL)), "--lang", "pt")
    before = _versions()
    folder = tmp_path / "for-the-new-machine"
    folder.mkdir()
    ok("export", "calmdesk", str(folder))
    assert sorted(p.name for p in folder.iterdir()) == [
        "my-phrases.de.toml",
        "my-phrases.es.toml",
        "my-phrases.pt.toml",
        "my-phrases.toml",
    ]
    ok("export", "csv", str(folder))
    assert (folder / "my-phrases.csv").is_file()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "new-machine"))
    ok("import", "calmdesk", str(folder))
    assert _versions() == before
