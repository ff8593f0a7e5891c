"""The Qt half of the single-instance channel: QLockFile + a local socket server no client can wear down.

The socket is user-only, but anything the user runs can connect to it, so the server assumes nothing of a
client: at most MAX_CONNECTIONS at once (the oldest is dropped for a new one, so `calmdesk show` always
gets in), idle ones closed after IDLE_TIMEOUT_S, each one's input and unread replies bounded, and warnings
about garbage rate-limited (each connection's reading and writing is `ipc_client`'s). A watchdog notices a
socket file someone removed, and listens again.

A Unix socket served with Python's socket module and QSocketNotifier, not QtNetwork's QLocalServer: the
whole of QtNetwork (and the Kerberos libraries it links) was 3 MB resident in a tray app for one socket.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import socket
import time
from collections.abc import Callable

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier, QTimer, Signal

from calmdesk.system.ipc_client import IpcClient
from calmdesk.system.ipc_protocol import (
    LOCK_NAME,
    OPTION_COMMANDS,
    REPLY_OK,
    REPLY_UNKNOWN,
    InstanceError,
    Request,
    encode_reply,
    instance_dir,
    parse_request,
    socket_path,
)
from calmdesk.system.ratelog import RateLimitedLog

log = logging.getLogger(__name__)

# Applies an option handed over by a second `calmdesk`: (command, argument) -> (applied?, what was done).
OptionHandler = Callable[[str, str], tuple[bool, str]]

MAX_CONNECTIONS = 16  # `calmdesk show` opens one for a moment; sixteen at once is already a crowd
IDLE_TIMEOUT_S = 5.0  # a client says its one line at once; a silent one is holding a descriptor
WATCH_INTERVAL_MS = 1000  # how often idle clients and the listener are checked


class InstanceServer(QObject):
    """Holds the per-user instance lock and serves the line protocol of ipc_protocol on a local socket.

    "ping" is answered here and not passed on; every other known command is answered and emitted.

    An option given to a second `calmdesk` ("packs", "hotkey" and an argument) goes to `option_handler`,
    which applies it and says what was done; its answer is the reply. Without a handler it is refused.

    Signals:
        commandReceived(str, str): "show", "toggle", "hide", "checklist", "edit" or "quit", from
            `calmdesk <command>`, and the activation token that came with a show or toggle ("" when none).
    """

    commandReceived = Signal(str, str)

    def __init__(self, lock: QLockFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self._clients: dict[int, IpcClient] = {}  # by descriptor, oldest first
        self._warnings = RateLimitedLog(log)
        self._listener: socket.socket | None = None
        self._accepting: QSocketNotifier | None = None
        self._watchdog = QTimer(self)
        self._closed = False
        self.option_handler: OptionHandler | None = None
        self._watchdog.setInterval(WATCH_INTERVAL_MS)
        self._watchdog.timeout.connect(self._watch)

    @classmethod
    def acquire(cls, parent: QObject | None = None) -> InstanceServer | None:
        """Take the lock and start listening; None when another live instance holds the lock."""
        folder = instance_dir()
        lock = QLockFile(str(folder / LOCK_NAME))
        # 0 = never call a lock stale because of its age: only a dead owner (kill -9, crash) makes it stale.
        lock.setStaleLockTime(0)
        if not lock.tryLock(100):
            if lock.error() != QLockFile.LockError.LockFailedError:
                raise InstanceError(f"Cannot create the instance lock in {folder} ({lock.error().name})")
            # tryLock already takes over a lock whose owner pid is dead; this second chance covers a lock
            # file its owner died while writing.
            if not (lock.removeStaleLockFile() and lock.tryLock(100)):
                return None
        server = cls(lock, parent)
        problem = server._listen()
        if problem is not None:
            lock.unlock()
            raise InstanceError(f"Cannot listen on {socket_path()}: {problem}")
        server._watchdog.start()
        return server

    def _listen(self) -> str | None:
        """Listen on the socket path; None when listening, else what went wrong."""
        self._stop_listening()
        path = socket_path()
        # Only while we hold the lock is a socket file left behind certainly stale (its owner is dead);
        # removing it before taking the lock could cut off a live instance.
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(str(path))
            path.chmod(0o600)  # owner only; its folder is 0700 as well, so this is belt and braces
            listener.listen(MAX_CONNECTIONS)
            listener.setblocking(False)
        except OSError as exc:
            listener.close()
            return exc.strerror or str(exc)
        self._listener = listener
        self._accepting = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._accepting.activated.connect(self._on_new_connection)
        log.debug("listening on %s", path)
        return None

    def _stop_listening(self) -> None:
        if self._accepting is not None:
            self._accepting.setEnabled(False)
            self._accepting.deleteLater()
            self._accepting = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    @property
    def server_name(self) -> str:
        return str(socket_path())

    def close(self) -> None:
        """Stop listening, remove the socket file and release the lock."""
        self._closed = True
        self._watchdog.stop()
        for client in list(self._clients.values()):
            client.drop()
        if self._listener is not None:
            self._stop_listening()
            with contextlib.suppress(OSError):
                socket_path().unlink()
        self._lock.unlock()

    # -- connections ------------------------------------------------------------------------------------

    def _on_new_connection(self) -> None:
        while self._listener is not None:
            try:
                sock, _ = self._listener.accept()
            except BlockingIOError:
                return
            except OSError as exc:
                if exc.errno in (errno.EMFILE, errno.ENFILE) and self._clients:
                    # Out of descriptors: the oldest client goes, so the one knocking now gets in.
                    self._warnings.warning("out of file descriptors: dropping the oldest IPC connection")
                    next(iter(self._clients.values())).drop()
                    continue
                # Nothing to free: stop accepting until the watchdog's next round, rather than spin.
                self._warnings.warning("cannot accept an IPC connection: %s", exc)
                if self._accepting is not None:
                    self._accepting.setEnabled(False)
                return
            while len(self._clients) >= MAX_CONNECTIONS:
                # The oldest goes: a crowd of idle clients must never lock `calmdesk show` out.
                self._warnings.warning("too many IPC connections at once: dropping the oldest")
                next(iter(self._clients.values())).drop()
            sock.setblocking(False)
            client = IpcClient(sock, self, self._answer, self._forget, self._warnings)
            self._clients[sock.fileno()] = client
            # Bound methods + sender(), not lambdas holding the client (PySide6 once crashed in a queued
            # deleteLater of an object a lambda connection kept).
            client.reader.activated.connect(self._on_readable)
            client.writer.activated.connect(self._on_writable)

    def _client_of(self, notifier: QObject | None) -> IpcClient | None:
        if not isinstance(notifier, QSocketNotifier):
            return None
        client = self._clients.get(int(notifier.socket()))
        return client if client is not None and notifier in (client.reader, client.writer) else None

    def _on_readable(self) -> None:
        client = self._client_of(self.sender())
        if client is not None:
            client.read()

    def _on_writable(self) -> None:
        client = self._client_of(self.sender())
        if client is not None:
            client.flush()

    def _forget(self, client: IpcClient) -> None:
        """A client dropped: before its socket closes, while its descriptor is still its own."""
        if self._clients.get(client.sock.fileno()) is client:
            del self._clients[client.sock.fileno()]

    def _answer(self, client: IpcClient, raw: bytes) -> None:
        request = parse_request(raw)
        if request is None:
            self._warnings.warning("unknown IPC command %r", raw[:40].decode("utf-8", "replace"))
            client.send(encode_reply(REPLY_UNKNOWN))
            return
        if request.command in OPTION_COMMANDS:
            client.send(self._option(request))
            return
        # Reply before emitting: "quit" may end the event loop before a later reply could go out.
        client.send(encode_reply(REPLY_OK))
        if request.command != "ping":
            self.commandReceived.emit(request.command, request.argument or "")

    def _option(self, request: Request) -> bytes:
        assert request.argument is not None
        if self.option_handler is None:
            return encode_reply("error", f"this CalmDesk does not take --{request.command} while it runs")
        ok, message = self.option_handler(request.command, request.argument)
        return encode_reply(REPLY_OK if ok else "error", message)

    # -- the watchdog -----------------------------------------------------------------------------------

    def _watch(self) -> None:
        if self._closed:
            return
        now = time.monotonic()
        for client in list(self._clients.values()):
            if now - client.heard > IDLE_TIMEOUT_S:
                if client.unread_replies():
                    self._warnings.warning("dropping an IPC client that does not read its replies")
                client.drop()
        if self._accepting is not None and not self._accepting.isEnabled():
            self._accepting.setEnabled(True)  # descriptors may be free again
        if self._listener is None or not socket_path().exists():
            self._warnings.warning("the IPC listener stopped; listening again")
            problem = self._listen()
            if problem is not None:
                self._warnings.warning("cannot listen again yet: %s", problem)
