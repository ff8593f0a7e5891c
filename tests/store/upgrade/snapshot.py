"""What a user store holds, as plain JSON, read alike by old code (making a fixture) and new (the test).

Only store APIs that every schema version has are used, each behind a check that it exists, so this file runs
unchanged inside a worktree of an old commit.
"""

from __future__ import annotations

from typing import Any


def snapshot(store: Any) -> dict[str, Any]:
    shot: dict[str, Any] = {
        "favourites": sorted(store.favourites()),
        "usage": dict(sorted(store.usage_counts().items())),
    }
    book = getattr(store, "complaints", None)
    if book is not None:
        everyone = [*book.open_complaints(), *book.history()]
        shot["complaints"] = sorted(
            (
                {
                    "customer": c.customer,
                    "channel": c.channel,
                    "ticket": c.ticket,
                    "topic": c.topic,
                    "anger": c.anger,
                    "values": dict(sorted(c.values.items())),
                    "steps": sorted(c.done_steps()),
                    "copied": [copy.phrase_id for copy in c.copied],
                    "open": c.is_open,
                }
                for c in everyone
            ),
            key=lambda c: c["customer"],
        )
        current = book.current()
        shot["current"] = current.customer if current is not None else None
        shot["reminders"] = [
            {"kind": r.kind, "note": r.note, "done": r.done is not None} for r in book.reminders()
        ]
    worked = getattr(store, "worked_counts", None)
    if worked is not None:
        shot["worked"] = dict(sorted(worked().items()))
    return shot


def user_phrases_snapshot(phrases: Any) -> dict[str, Any]:
    return {
        "phrases": sorted(
            [p.phrase.id, p.phrase.title, p.phrase.text, p.phrase.category] for p in phrases.all()
        ),
        "hidden": sorted(phrases.hidden()),
    }
