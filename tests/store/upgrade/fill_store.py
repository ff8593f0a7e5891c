"""Run by an OLD CalmDesk (PYTHONPATH=<worktree of an old commit>/desktop): fill a store the way an agent
would, with everything that version can hold, and print what it holds as JSON (snapshot.py).

usage: python fill_store.py   (XDG_* folders chosen by the caller; see make_fixtures.py)
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from snapshot import snapshot, user_phrases_snapshot

import calmdesk
from calmdesk.store import migrations
from calmdesk.store.settings import Settings, save_settings
from calmdesk.store.userstore import UserStore

START = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def fill(store: UserStore) -> None:
    for phrase_id in ("apology.sorry-for-the-wait", "closing.anything-else"):
        store.toggle_favourite(phrase_id)
    for phrase_id, uses in (
        ("apology.sorry-for-the-wait", 3),
        ("wait.checking-now", 2),
        ("closing.thanks", 1),
    ):
        for _ in range(uses):
            store.record_use(phrase_id)
    book = getattr(store, "complaints", None)
    if book is not None:
        book.new(
            customer="Ana Souza", channel="chat", ticket="A-1042", topic="late parcel", anger=4, at=START
        )
        book.tick("listen", at=START + timedelta(minutes=1))
        book.tick("empathize", at=START + timedelta(minutes=2))
        book.remember({"order_number": "A-1042", "refund_amount": "12.50"})
        book.record_copy("apology.sorry-for-the-wait", at=START + timedelta(minutes=3))
        book.close(at=START + timedelta(minutes=20))
        book.add_reminder(
            "follow_up", START + timedelta(days=2), note="Call Ana back about A-1042", complaint_id=1
        )
        book.new(customer="Ben Ito", channel="email", topic="refund", at=START + timedelta(hours=1))
        book.tick("listen", at=START + timedelta(hours=1, minutes=1))
        book.add_reminder("check_in", START + timedelta(hours=2), note="Check in with Ben", complaint_id=2)
    if hasattr(store, "mark_worked"):
        store.mark_worked("empathy.sounds-frustrating", "late parcel")


def fill_user_phrases(store: UserStore) -> dict[str, object] | None:
    try:
        from calmdesk.store.user_phrases import UserPhrase, UserPhrases
    except ImportError:
        return None
    from calmdesk.core.model import Phrase

    phrases = UserPhrases(store)
    mine = Phrase(
        "mine.refund-on-its-way",
        "solution",
        "Refund on its way",
        "Your refund of {{refund_amount}} is on its way.",
        "user",
    )
    custom = Phrase(
        "apology.sorry-for-the-wait",
        "apology",
        "Sorry (ours)",
        "So sorry you had to wait, {{customer_name}}.",
        "user",
    )
    gone = Phrase("mine.deleted-later", "closing", "Deleted later", "Bye for now.", "user")
    phrases.save_many([UserPhrase(mine, origin="typed"), UserPhrase(custom, customizes=True)])
    phrases.set_hidden("closing.thanks", True)
    shot = user_phrases_snapshot(UserPhrases(store))
    phrases.save(gone)
    phrases.delete(gone.id)  # kept in deleted_phrases as this version's JSON row: undo must read it back
    return shot


def main() -> int:
    print(f"filling with {calmdesk.__file__}", file=sys.stderr)
    save_settings(Settings(agent_name="Sam", company="ACME Support", hotkey="Ctrl+Alt+K"))
    with UserStore.open() as store:
        fill(store)
        user_phrases = fill_user_phrases(store)
        shot = snapshot(store)
    shot["schema"] = migrations.schema_version()
    if user_phrases is not None:
        shot["user_phrases"] = user_phrases
        shot["deleted"] = "mine.deleted-later"
    shot["settings"] = {"agent_name": "Sam", "company": "ACME Support", "hotkey": "Ctrl+Alt+K"}
    print(json.dumps(shot, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
