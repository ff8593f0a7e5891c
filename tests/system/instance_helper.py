"""A second CalmDesk-like process for the instance tests: acquire the lock, print what happens, obey quit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from calmdesk.system.instance import InstanceServer


def main() -> int:
    app = QCoreApplication(sys.argv)
    server = InstanceServer.acquire()
    if server is None:
        print("busy", flush=True)
        return 3

    def on_command(command: str) -> None:
        print(f"command {command}", flush=True)
        if command == "quit":
            server.close()
            app.quit()

    server.commandReceived.connect(on_command)
    print("acquired", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
