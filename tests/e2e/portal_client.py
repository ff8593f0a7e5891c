"""Bind CalmDesk's shortcut through whatever GlobalShortcuts portal the session bus has, and report.

Run as the desktop session's own user (the real portal identifies its caller by its /proc entry). Prints
"bound <trigger>", "failed <reason>" and "activated <token>" lines; ends when stdin closes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSocketNotifier

from calmdesk.system.hotkey_portal import PortalHotkeyBackend


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    backend = PortalHotkeyBackend()
    backend.bound.connect(lambda trigger: print(f"bound {trigger}", flush=True))
    backend.failed.connect(lambda reason: print(f"failed {reason}", flush=True))
    backend.activated.connect(lambda: print(f"activated {backend.take_activation_token()}", flush=True))
    backend.register(sys.argv[1] if len(sys.argv) > 1 else "Ctrl+Alt+Space")
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(app.quit)
    status = app.exec()
    backend.unregister()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
