"""What the data store tells a person (StoreError, notices) is said in their language (core.messages)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.cli_runner import calmdesk_process
from tests.store.test_salvage import _damage, _fill, _page_size

from calmdesk.core import messages
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import load_settings
from calmdesk.store.user_phrases import IdsTaken
from calmdesk.store.userstore import UserStore
from calmdesk.store.write_jobs import WriteJob, why_not


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    messages.use(None)  # the next test starts from English, whatever this one spoke


@pytest.fixture
def locked(db: Path, backups: Path) -> Iterator[None]:
    """Another connection holds the data file's write lock (SQLite's locks hold between connections of
    one process as between processes)."""
    UserStore.open(db, backup_dir=backups).close()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "CalmDesk could not save the phrase use: its data file {db} is locked by another program."),
        (
            "de",
            "Fehler beim Speichern der Phrasennutzung: die Datendatei {db} ist von einem anderen Programm",
        ),
        (
            "es",
            "CalmDesk no pudo guardar el uso de la frase: otro programa tiene bloqueado su archivo de datos",
        ),
        (
            "fr",
            "CalmDesk n'a pas pu enregistrer l'usage de la phrase : son fichier de données {db} est",
        ),
        ("pt", "O CalmDesk não conseguiu salvar o uso da frase: o arquivo de dados {db} está bloqueado"),
    ],
)
def test_a_locked_file_in_each_language(db: Path, backups: Path, locked: None, lang: str, said: str) -> None:
    with UserStore.open(db, backup_dir=backups, busy_timeout=0.1) as store:
        messages.use(lang)
        with pytest.raises(StoreError) as caught:
            store.record_use("p1")
    assert said.format(db=db) in str(caught.value)


def test_a_damaged_file_notice_in_german(db: Path, backups: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"not a database at all, " * 100)
    messages.use("de")
    with UserStore.open(db, backup_dir=backups) as store:
        (notice,) = store.notices
    (moved,) = backups.glob("damaged-*.sqlite3")
    assert notice == (
        f"Ihre CalmDesk-Datendatei war beschädigt; sie wurde als {moved} aufbewahrt und eine neue angelegt. "
        "Favoriten und zuletzt genutzte Phrasen beginnen leer."
    )


def test_a_salvaged_file_notice_in_german_with_its_count(db: Path, backups: Path) -> None:
    _fill(db, backups, favourites=400)
    _damage(db, db.stat().st_size // _page_size(db) // 2)
    messages.use("de")
    with UserStore.open(db, backup_dir=backups) as store:
        (notice,) = store.notices
        kept = len(store.favourites())
    assert kept > 1
    assert f"eine neue angelegt, mit den {kept} Einträgen, die sich noch aus ihr lesen ließen." in notice


def test_a_read_only_file_notice_in_french(db: Path, backups: Path) -> None:
    UserStore.open(db, backup_dir=backups).close()
    db.chmod(0o400)
    messages.use("fr")
    try:
        with UserStore.open(db, backup_dir=backups) as store:
            if not store.read_only:
                pytest.skip("root writes any file")
            assert f"Votre fichier de données CalmDesk {db} ne peut pas être écrit" in " ".join(store.notices)
    finally:
        db.chmod(0o600)


def test_a_write_the_windows_gave_up_is_said_in_german(db: Path) -> None:
    """The complaint panel queues its writes with English actions the store's catalogue carries."""
    messages.use("de")
    job = WriteJob("record the reply you copied", lambda conn, path: None)
    assert why_not(job, None, db) == (
        f"Fehler beim Festhalten der kopierten Antwort: die Datendatei {db} blieb von einem anderen Programm "
        "gesperrt."
    )


def test_restore_of_a_file_that_is_no_backup_in_spanish(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    env = {
        "LANG": "es_ES.UTF-8",
        "LANGUAGE": "es",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    ran = calmdesk_process("restore", str(bogus), env=env)
    assert ran.returncode != 0
    assert f"{bogus} no se puede restaurar: está dañado o no es un archivo de datos de CalmDesk" in ran.stderr
    assert "(no es una base de datos SQLite). No se cambió nada." in ran.stderr


def test_settings_problems_in_german(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('auto_paste = "yes"\nauto_past = true\npack_dirs = ["", "/srv/packs", ""]\n')
    messages.use("de")
    _, problems = load_settings(path)
    assert problems == [
        f"{path}:1: die Einstellung 'auto_paste' muss true oder false sein; es gilt der Standardwert false.",
        f"{path}:2: unbekannte Einstellung 'auto_past' ignoriert; meinten Sie 'auto_paste'?",
        f"{path}:3: die Einstellung 'pack_dirs' enthält 2 leere Ordnernamen (ignoriert); die übrigen "
        'Ordner werden verwendet: ["/srv/packs"].',
    ]
    path.write_text("auto_paste = [\n")
    (problem,) = load_settings(path)[1]
    assert problem.startswith(f"{path}:")
    assert "das ist kein gültiges TOML" in problem


def test_an_import_that_would_overwrite_phrases_in_german() -> None:
    messages.use("de")
    assert str(IdsTaken(["a.one", "b.two", "a.one"])) == (
        "Nicht importiert: es würde Ihre Phrasen a.one, b.two überschreiben."
    )
