"""User phrases in a real SQLite file: saved at once, seen by a second store, undo, hide, all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from calmdesk.core.model import Phrase
from calmdesk.store.errors import StoreError
from calmdesk.store.user_phrases import UserPhrase, UserPhrases
from calmdesk.store.userstore import UserStore

A = Phrase(
    "user.a", "apology", "Sorry A", "Sorry, {{customer_name}}.", "user", ("sorry",), ("chat",), "apologize"
)
B = Phrase("user.b", "closing", "Bye B", "Take care!", "user")


def _open(tmp_path: Path) -> UserStore:
    return UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups")


def test_a_saved_phrase_is_on_disk_before_save_returns(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        UserPhrases(store).save(A, origin="typed")
        # A second connection (another process would see the same) reads it at once.
        with _open(tmp_path) as other:
            assert UserPhrases(other).all() == [UserPhrase(A, False, "typed")]


def test_edit_keeps_position_and_origin(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        phrases = UserPhrases(store)
        phrases.save(A, origin="espanso: base.yml")
        phrases.save(B)
        edited = Phrase(A.id, "apology", "Sorry (edited)", "Sorry again.", "user")
        phrases.save(edited)
    with _open(tmp_path) as store:
        entries = UserPhrases(store).all()
    assert [e.phrase.title for e in entries] == ["Sorry (edited)", "Bye B"]
    assert entries[0].origin == "espanso: base.yml"


def test_delete_then_undo_survives_a_restart(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        phrases = UserPhrases(store)
        phrases.save(A)
        phrases.save(B)
        phrases.delete(A.id)
        assert [e.phrase.id for e in phrases.all()] == [B.id]
    with _open(tmp_path) as store:
        phrases = UserPhrases(store)
        assert phrases.undo_delete() == A.id
        assert phrases.get(A.id) == UserPhrase(A)
        assert phrases.undo_delete() is None
    with _open(tmp_path) as store:
        assert [e.phrase.id for e in UserPhrases(store).all()] == [A.id, B.id]


def test_hide_and_show_a_builtin_phrase(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        UserPhrases(store).set_hidden("apology.sorry-for-the-wait", True)
    with _open(tmp_path) as store:
        phrases = UserPhrases(store)
        assert phrases.hidden() == {"apology.sorry-for-the-wait"}
        phrases.set_hidden("apology.sorry-for-the-wait", False)
        assert phrases.hidden() == frozenset()


def test_an_import_is_all_or_nothing(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        phrases = UserPhrases(store)
        phrases.save(A)
        with pytest.raises(StoreError, match=r"would overwrite your phrases user\.a"):
            phrases.save_many([UserPhrase(B), UserPhrase(A)])
        assert [e.phrase.id for e in phrases.all()] == [A.id]
        # A failure inside the transaction (the table vanished) leaves nothing half-written either.
        store.connection().execute("CREATE TRIGGER no_b BEFORE INSERT ON user_phrases WHEN NEW.id = 'user.b' "
                                   "BEGIN SELECT RAISE(ABORT, 'refused'); END")  # fmt: skip
        c = Phrase("user.c", "closing", "C", "c", "user")
        with pytest.raises(StoreError):
            phrases.save_many([UserPhrase(c), UserPhrase(B)])
    with _open(tmp_path) as store:
        assert [e.phrase.id for e in UserPhrases(store).all()] == [A.id]


def test_a_mangled_row_is_left_out_not_a_crash(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        UserPhrases(store).save(A)
        UserPhrases(store).save(B)
    conn = sqlite3.connect(tmp_path / "user.sqlite3")
    conn.execute("UPDATE user_phrases SET tags = 'not json' WHERE id = 'user.a'")
    conn.commit()
    conn.close()
    with _open(tmp_path) as store:
        assert [e.phrase.id for e in UserPhrases(store).all()] == [B.id]


def test_backup_writes_a_readable_copy(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        UserPhrases(store).save(A)
        copy = store.backup("before-import")
    assert copy.parent == tmp_path / "backups"
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT id FROM user_phrases").fetchall() == [("user.a",)]
    conn.close()


def test_refresh_sees_what_another_program_wrote_and_only_that(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        mine = UserPhrases(store)
        mine.save(A)
        assert mine.refresh() is False  # its own save is no news
        with _open(tmp_path) as other_store:
            other = UserPhrases(other_store)
            other.save(B)
            assert mine.refresh() is True
            assert [e.phrase.id for e in mine.all()] == [A.id, B.id]
            other.set_hidden("x.y", True)
            assert mine.refresh() is True
            assert mine.hidden() == {"x.y"}
            other.delete(B.id)
            assert mine.refresh() is True
            assert mine.get(B.id) is None
        assert mine.refresh() is False


def test_each_language_is_a_version_of_its_own(tmp_path: Path) -> None:
    """(id, lang) is the key: a Spanish version sits beside the English one, edits and deletes one
    language only, keeps its phrase's place in the order, and all of it survives a restart."""
    spanish = Phrase(A.id, "apology", "Perdón A", "Perdone, {{customer_name}}.", "user", lang="es")
    with _open(tmp_path) as store:
        phrases = UserPhrases(store)
        phrases.save(A)
        phrases.save(B)
        phrases.save(spanish)
        assert phrases.get(A.id, "es") == UserPhrase(spanish)
        assert phrases.get(A.id, "en") == UserPhrase(A)
        assert phrases.get(A.id, "de") is None
        phrases.delete(A.id, "en")
        assert [e.phrase for e in phrases.versions(A.id)] == [spanish]
        assert phrases.undo_delete() == A.id
    with _open(tmp_path) as store:
        phrases = UserPhrases(store)
        assert [(e.phrase.id, e.phrase.lang) for e in phrases.all()] == [
            (A.id, "en"),
            (A.id, "es"),
            (B.id, "en"),
        ]


def test_a_row_from_before_languages_stands_for_any_language(tmp_path: Path) -> None:
    """lang "" (rows migrated from schema 7): `get` in any language finds it until that language has a
    version of its own."""
    old = Phrase(A.id, A.category, A.title, A.text, "user", lang="")
    german = Phrase(A.id, A.category, "Entschuldigung", "Es tut mir leid.", "user", lang="de")
    with _open(tmp_path) as store:
        phrases = UserPhrases(store)
        phrases.save(old)
        assert phrases.get(A.id, "fr") == UserPhrase(old)
        phrases.save(german)
        assert phrases.get(A.id, "de") == UserPhrase(german)
        assert phrases.get(A.id, "fr") == UserPhrase(old)


def test_an_import_may_replace_only_the_versions_named(tmp_path: Path) -> None:
    spanish = Phrase(A.id, A.category, "Perdón", "Perdone.", "user", lang="es")
    with _open(tmp_path) as store:
        phrases = UserPhrases(store)
        phrases.save(A)
        phrases.save_many([UserPhrase(spanish)])  # a new language of a known id overwrites nothing
        newer = Phrase(A.id, A.category, "Perdón (2)", "Perdone otra vez.", "user", lang="es")
        with pytest.raises(StoreError, match="overwrite"):
            phrases.save_many([UserPhrase(newer)], replace_ids=[(A.id, "en")])
        phrases.save_many([UserPhrase(newer)], replace_ids=[(A.id, "es")])
        assert phrases.get(A.id, "es") == UserPhrase(newer)
        assert phrases.get(A.id, "en") == UserPhrase(A)
