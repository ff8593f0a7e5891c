"""Process guards of the GUI app: the error reporter, the signal wake-up, the log file and the exit path."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QSocketNotifier, QThread, Signal

from calmdesk.store import paths
from calmdesk.ui.common.notices import Notices

log = logging.getLogger(__name__)

# Hotkey reader threads still running when the app quit: leaked on purpose so Qt never destroys a running
# thread (QThread's destructor aborts the whole process then). The process is ending; the OS reclaims them.
# run() then ends the process before interpreter shutdown, which would destroy them anyway.
LEAKED_THREADS: list[QThread] = []


def keep_if_running(thread: QThread | None) -> None:
    """Keep a reader thread that would not stop beyond CalmDesk's life: see LEAKED_THREADS."""
    if thread is None:
        return
    LEAKED_THREADS.append(thread)
    log.warning("the hotkey thread %s is still running at exit: leaked on purpose", thread.objectName())


def exit_before_shutdown(status: int) -> None:
    """End the process now, keeping the leaked threads: interpreter shutdown would destroy them.

    At shutdown PySide deletes every Qt object Python owns, a module-level reference or not, and a running
    QThread among them aborts the process (checked with PySide6 6.x). The hotkey, store and lock are
    already released by CalmDesk.quit(); only the output buffers and the log remain to be written.
    """
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


class ErrorReporter(QObject):
    """Logs an uncaught exception from any thread and has the GUI thread say so in one short message.

    Signals:
        raised(str): the message; bound to a method of this object (which lives in the GUI thread), so an
            emit from a worker thread is queued to the GUI thread. PySide calls sys.excepthook in the thread
            whose QThread.run() raised, and a widget made there would take the process down.
    """

    raised = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._notices = Notices(self)
        self._notices.flush()  # Notices' own start-up queue is not used: `_held` waits for the loop instead
        self._held: list[str] | None = []  # messages raised before start(); None once the loop runs
        self.raised.connect(self._show)

    def start(self) -> None:
        """The event loop runs: show what start-up raised, and from now on each message at once."""
        held, self._held = self._held or [], None
        for message in held:
            self._show(message)

    def report(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        self.raised.emit(str(value) or kind.__name__)

    def report_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # a thread ending itself, as threading's own hook treats it
            return
        self.report(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _show(self, message: str) -> None:
        if self._held is not None:  # a message box before the loop runs would delay the tray and hotkey
            self._held.append(message)
            return
        self._notices.unexpected(message, log_file())


def install_excepthook() -> ErrorReporter:
    """No traceback reaches the user: log it, and say in one short message that the app goes on.

    Installed before anything is built, so start-up errors take this path too; they are shown once the
    caller calls `start()` on the reporter returned (kept alive by the hooks that refer to it).
    """
    reporter = ErrorReporter()
    sys.excepthook = reporter.report
    threading.excepthook = reporter.report_thread
    return reporter


@contextmanager
def quit_on_signals(quit_app: Callable[[], None]) -> Iterator[None]:
    """Ctrl+C and SIGTERM call `quit_app` promptly, even while the event loop sleeps in C++.

    Python runs its signal handlers only between bytecodes, and an idle Qt loop runs none: the signal
    would wait for the next event and then swallow it. The C-level handler also writes the signal number
    to a socket Qt watches, which wakes the loop and runs Python at once. Restored when the loop ends.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def on_wake_up() -> None:
        try:
            if reader.recv(64):
                quit_app()
        except OSError:  # nothing left to read: a spurious wake-up
            pass

    notifier.activated.connect(on_wake_up)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    # The Python-level handler only has to exist (the default one raises KeyboardInterrupt); the notifier
    # does the work, so the quit never runs at an arbitrary point inside other Python code.
    previous = {
        signum: signal.signal(signum, lambda *_args: None) for signum in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        reader.close()
        writer.close()


def log_file() -> Path:
    return paths.log_file()


def log_to_file() -> None:
    """Warnings and errors also go to a file in the state dir, so a user can send it along."""
    try:
        paths.ensure_dir(paths.state_dir())
        handler = logging.FileHandler(log_file(), encoding="utf-8")
    except OSError:
        return  # the stderr log from the CLI still works
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s: %(message)s"))
    logging.getLogger().addHandler(handler)
