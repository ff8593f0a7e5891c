"""Own the X CLIPBOARD and the PRIMARY selection and never answer a request for them: a hung program.
Says "owning", then holds them until stdin closes."""

from __future__ import annotations

import select
import sys

from Xlib import X, display


def main() -> int:
    conn = display.Display()
    window = conn.screen().root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)
    for name in ("CLIPBOARD", "PRIMARY"):
        window.set_selection_owner(conn.intern_atom(name), X.CurrentTime)
    conn.sync()
    print("owning", flush=True)
    while True:  # SelectionRequest events are read and dropped: the requester waits in vain
        ready, _, _ = select.select([sys.stdin, conn.fileno()], [], [], 1.0)
        if sys.stdin in ready:
            return 0
        while conn.pending_events():
            conn.next_event()


if __name__ == "__main__":
    raise SystemExit(main())
