"""A second CalmDesk-like process for the instance tests: acquire the lock, print what happens, obey quit."""

from __future__ import annotations

import logging
import os
import resource
import sys

from PySide6.QtCore import QCoreApplication

from calmdesk.system.instance_server import InstanceServer


def main() -> int:
    # Warnings go to stderr, where the hardening tests count them.
    logging.basicConfig(level=logging.WARNING, format="helper: %(levelname)s: %(name)s: %(message)s")
    if os.environ.get("CALMDESK_TEST_NOFILE"):
        # Few file descriptors, so a crowd of idle clients could exhaust them quickly.
        limit = int(os.environ["CALMDESK_TEST_NOFILE"])
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))
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
