"""Reading the favourites and usage tables defensively: rows this code would not write are left out."""

from __future__ import annotations

import itertools
import sqlite3
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from calmdesk.store.actions import READ
from calmdesk.store.dbfile import as_store_error

# Times are microseconds since 1970; 2^53 is the year 2255. Beyond it a row is garbage, and a stamp there
# would soon overflow SQLite's 64-bit integers (a last_used of 2^63-1 made every later use fail).
MAX_STAMP = 2**53
MAX_COUNT = 10**12


@dataclass
class UsageRows:
    """What the tables hold: favourites, id -> last use (least recent first), id -> uses, the newest stamp,
    and how many rows were left out."""

    favourites: frozenset[str] = frozenset()
    last_used: OrderedDict[str, int] = field(default_factory=OrderedDict)
    counts: dict[str, int] = field(default_factory=dict)
    last_stamp: int = 0
    skipped: int = 0


def read_usage(conn: sqlite3.Connection, path: Path) -> UsageRows:
    """Read favourites and usage, skipping rows that are not what this code writes.

    SQLite keeps whatever a hand edit or another tool put in a column ('abc' as a count, 2^63-1 as a
    time), and one such row used to stop the app from starting or make every later use fail. Bad rows
    are left in the file (the next use of that phrase repairs its row) and counted in `skipped`.
    """
    try:
        favourites = conn.execute("SELECT phrase_id, added_at FROM favourites ORDER BY added_at").fetchall()
        usage = conn.execute("SELECT phrase_id, uses, last_used FROM usage ORDER BY last_used").fetchall()
    except sqlite3.Error as exc:
        raise as_store_error(exc, path, READ) from exc
    rows = UsageRows()
    stamps: list[int] = []
    good_favourites: list[str] = []
    for pid, added_at in favourites:
        if not good_id(pid):
            rows.skipped += 1
            continue
        good_favourites.append(pid)
        if good_stamp(added_at):  # a bad date only costs the favourite its place in the order
            stamps.append(added_at)
    rows.favourites = frozenset(good_favourites)
    for pid, uses, last_used in usage:
        if not (good_id(pid) and good_count(uses) and good_stamp(last_used)):
            rows.skipped += 1
            continue
        rows.last_used[pid] = last_used
        rows.last_used.move_to_end(pid)
        rows.counts[pid] = uses
    rows.last_stamp = max(itertools.chain(stamps, rows.last_used.values(), [0]))
    return rows


def good_id(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 1000


def good_count(value: object) -> bool:
    return type(value) is int and 0 < value <= MAX_COUNT


def good_stamp(value: object) -> bool:
    return type(value) is int and 0 <= value <= MAX_STAMP
