"""The search memory: which phrase was copied after which query words, bounded, cleared with the history."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.store import query_choices
from calmdesk.store.userstore import UserStore


@pytest.fixture
def store(tmp_path: Path):
    with UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups") as opened:
        yield opened


def test_remembered_choices_weigh_by_count_and_survive_a_restart(store: UserStore, tmp_path: Path) -> None:
    memory = store.query_memory
    memory.remember("refund sorri", "a")
    memory.remember("refund sorri", "a")
    memory.remember("refund sorri", "b")
    assert memory.learned("refund sorri") == {"a": 1.0, "b": 0.5}
    assert memory.learned("other") == {}
    store.close()
    with UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups") as again:
        assert again.query_memory.learned("refund sorri") == {"a": 1.0, "b": 0.5}


def test_the_memory_is_bounded(store: UserStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(query_choices, "MAX_ROWS", 10)
    monkeypatch.setattr(query_choices, "KEEP_ROWS", 6)
    memory = store.query_memory
    for n in range(25):
        memory.remember(f"key{n}", "p")
    assert len(memory) <= 10
    rows = store.connection().execute("SELECT COUNT(*) FROM query_choices").fetchone()[0]
    assert rows == len(memory)
    assert memory.learned("key24") == {"p": 1.0}  # the newest are the ones kept
    assert memory.learned("key0") == {}


def test_clearing_the_history_clears_the_memory_and_keeps_favourites(store: UserStore) -> None:
    store.toggle_favourite("fav")
    store.record_use("used")
    store.query_memory.remember("sorri", "used")
    store.clear_history()
    assert store.recent() == []
    assert store.usage_counts() == {}
    assert store.query_memory.learned("sorri") == {}
    assert store.favourites() == frozenset({"fav"})
    assert store.connection().execute("SELECT COUNT(*) FROM query_choices").fetchone()[0] == 0


def test_a_damaged_row_is_skipped_not_fatal(store: UserStore, tmp_path: Path) -> None:
    conn = store.connection()
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("INSERT INTO query_choices VALUES ('bad', 'x', 'abc', 1)")
    conn.execute("INSERT INTO query_choices VALUES ('good', 'y', 2, 1)")
    store.close()
    with UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups") as again:
        assert again.query_memory.learned("good") == {"y": 1.0}
        assert again.query_memory.learned("bad") == {}


def test_empty_or_huge_keys_are_not_kept(store: UserStore) -> None:
    store.query_memory.remember("", "a")
    store.query_memory.remember("x" * 1000, "a")
    assert len(store.query_memory) == 0


def test_a_queued_use_carries_its_query_words_to_disk(store: UserStore, tmp_path: Path) -> None:
    store.queue_use("a", query_key="refund sorri")
    store.queue_use("a", query_key="refund sorri")
    assert store.query_memory.learned("refund sorri") == {"a": 1.0}  # shown at once, before the write
    assert store.flush_uses(5.0)
    rows = store.connection().execute("SELECT query_key, phrase_id, uses FROM query_choices").fetchall()
    assert rows == [("refund sorri", "a", 2)]
    store.close()
    with UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups") as again:
        assert again.query_memory.learned("refund sorri") == {"a": 1.0}
        assert again.usage_counts() == {"a": 2}


def test_queued_choices_are_trimmed_too(store: UserStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(query_choices, "MAX_ROWS", 10)
    monkeypatch.setattr(query_choices, "KEEP_ROWS", 6)
    for n in range(25):
        store.queue_use("p", query_key=f"key{n}")
        assert store.flush_uses(5.0)
    rows = store.connection().execute("SELECT COUNT(*) FROM query_choices").fetchone()[0]
    assert rows <= 10


def test_clearing_waits_for_queued_uses_so_none_come_back(store: UserStore) -> None:
    store.queue_use("a", query_key="sorri")
    store.clear_history()
    assert store.flush_uses(5.0)
    assert store.connection().execute("SELECT COUNT(*) FROM usage").fetchone()[0] == 0
    assert store.connection().execute("SELECT COUNT(*) FROM query_choices").fetchone()[0] == 0
