"""Copies and stars never wait on the disk (issue 11): another process holding the lock freezes nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time

from ui_helpers import RecordingClipboard

from calmdesk.core.library import Library
from calmdesk.store.settings import Settings
from calmdesk.store.userstore import UserStore
from calmdesk.ui.common.phrase_flow import NoComplaints, PhraseFlow

LOCKER = """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM usage WHERE phrase_id = ''")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("COMMIT")
"""


def test_copies_while_another_process_holds_the_lock_are_quick_and_all_saved(qtbot, tmp_path, phrases):
    db = tmp_path / "user.sqlite3"
    # The default busy timeout (5 s) is what each copy used to wait before the use was dropped.
    store = UserStore.open(db, backup_dir=tmp_path / "backups")
    clipboard = RecordingClipboard()
    flow = PhraseFlow(Settings(close_after_copy=False), clipboard, Library(), store, NoComplaints())
    thanks = next(p for p in phrases if p.id == "t.thanks")
    locker = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(LOCKER), str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert locker.stdout is not None
    assert locker.stdin is not None
    try:
        assert locker.stdout.readline().strip() == "locked"
        start = time.monotonic()
        for _ in range(5):
            flow.copy(thanks, {})
        assert time.monotonic() - start < 0.5, "five copies, no wait on the locked file"
        assert len(clipboard.texts) == 5
        assert store.recent() == ["t.thanks"]
        assert flow.boosts.recent.keys() == {"t.thanks"}
        # Ctrl+D in the picker: the star used to wait out the busy timeout and then fail.
        start = time.monotonic()
        assert flow.toggle_favourite("t.thanks") is True
        assert flow.toggle_favourite("t.refund") is True
        assert flow.toggle_favourite("t.refund") is False
        assert time.monotonic() - start < 0.5
        assert flow.is_favourite("t.thanks")
        assert flow.boosts.favourites == {"t.thanks"}
    finally:
        locker.stdin.write("\n")
        locker.stdin.flush()
        locker.wait(10)
        locker.stdin.close()
        locker.stdout.close()
    store.close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT uses FROM usage WHERE phrase_id = 't.thanks'").fetchone() == (5,)
    assert conn.execute("SELECT phrase_id FROM favourites").fetchall() == [("t.thanks",)]
    conn.close()
