"""The Qt half of the single-instance channel: QLockFile + a QLocalServer that no client can wear down.

The socket is user-only, but anything the user runs can connect to it, so the server assumes nothing of a
client: at most MAX_CONNECTIONS at once (the oldest is dropped for a new one, so `calmdesk show` always
gets in), idle ones closed after IDLE_TIMEOUT_S, each one's input and unread replies bounded, and warnings
about garbage rate-limited. Qt closes and deletes the listening socket when accept() fails (out of file
descriptors): a watchdog notices a listener that stopped, or a socket file someone removed, and listens
again.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from calmdesk.system.ipc_protocol import (
    LOCK_NAME,
    MAX_LINE,
    OPTION_COMMANDS,
    REPLY_OK,
    REPLY_UNKNOWN,
    InstanceError,
    LineBuffer,
    LineTooLong,
    Request,
    encode_reply,
    instance_dir,
    parse_request,
    server_name,
    socket_path,
)
from calmdesk.system.ratelog import RateLimitedLog

log = logging.getLogger(__name__)

# Applies an option handed over by a second `calmdesk`: (command, argument) -> (applied?, what was done).
OptionHandler = Callable[[str, str], tuple[bool, str]]

MAX_CONNECTIONS = 16  # `calmdesk show` opens one for a moment; sixteen at once is already a crowd
IDLE_TIMEOUT_S = 5.0  # a client says its one line at once; a silent one is holding a descriptor
# Replies waiting for a client: past the first figure its input is no longer read until it reads (it is
# dropped when that leaves it silent for IDLE_TIMEOUT_S); the second is a hard cap for one burst.
MAX_UNREAD_REPLY = 16 * 1024
MAX_REPLY_BACKLOG = 256 * 1024
READ_CHUNK = 4096  # read this much at a time, so one burst of empty lines cannot outrun the caps
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
        self._clients: dict[QLocalSocket, tuple[LineBuffer, float]] = {}  # socket -> (input, last heard)
        self._warnings = RateLimitedLog(log)
        self._server = QLocalServer(self)
        self._watchdog = QTimer(self)
        self._closed = False
        self.option_handler: OptionHandler | None = None

        # Owner-only socket file (Qt chmods it); the folder is 0700 as well, so this is belt and braces.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(MAX_CONNECTIONS)
        self._watchdog.setInterval(WATCH_INTERVAL_MS)

        self._server.newConnection.connect(self._on_new_connection)
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
        if not server._listen():
            error = server._server.errorString()
            lock.unlock()
            raise InstanceError(f"Cannot listen on {server_name()}: {error}")
        server._watchdog.start()
        return server

    def _listen(self) -> bool:
        name = server_name()
        # Only while we hold the lock is a socket file left behind certainly stale (its owner is dead);
        # removing it before taking the lock could cut off a live instance.
        self._server.close()
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            return False
        log.debug("listening on %s", name)
        return True

    @property
    def server_name(self) -> str:
        return self._server.fullServerName()

    def close(self) -> None:
        """Stop listening, remove the socket file and release the lock."""
        self._closed = True
        self._watchdog.stop()
        for sock in list(self._clients):
            self._drop(sock)
        self._server.close()  # removes the socket file on Unix
        self._lock.unlock()

    # -- connections ------------------------------------------------------------------------------------

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if sock is None:
                break
            while len(self._clients) >= MAX_CONNECTIONS:
                # The oldest goes: a crowd of idle clients must never lock `calmdesk show` out.
                oldest = min(self._clients, key=lambda s: self._clients[s][1])
                self._warnings.warning("too many IPC connections at once: dropping the oldest")
                self._drop(oldest)
            self._clients[sock] = (LineBuffer(), time.monotonic())
            # Qt stops reading from the OS once this much is buffered: a flood waits in the kernel instead.
            sock.setReadBufferSize(MAX_LINE)
            # Bound methods + sender(), not lambdas capturing the socket: with lambdas (PySide6 6.12) a queued
            # deleteLater segfaulted in ~QLocalSocket once the server object had been destroyed.
            sock.readyRead.connect(self._on_ready_read)
            sock.bytesWritten.connect(self._on_ready_read)  # it read our replies: read its input again
            sock.disconnected.connect(self._on_disconnected)
            if sock.bytesAvailable():  # data may have arrived with the connection itself
                self._read(sock)

    def _drop(self, sock: QLocalSocket) -> None:
        if self._clients.pop(sock, None) is None:
            return
        sock.readyRead.disconnect(self._on_ready_read)
        sock.bytesWritten.disconnect(self._on_ready_read)
        sock.abort()  # emits disconnected -> _on_disconnected schedules the deletion
        sock.deleteLater()

    def _on_disconnected(self) -> None:
        sock = self.sender()
        if isinstance(sock, QLocalSocket) and self._clients.pop(sock, None) is not None:
            sock.deleteLater()

    def _on_ready_read(self) -> None:
        sock = self.sender()
        if isinstance(sock, QLocalSocket):
            self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        while sock in self._clients and sock.bytesAvailable() > 0:
            if sock.bytesToWrite() > MAX_UNREAD_REPLY:
                return  # it is not reading our replies: its input waits (and the kernel stops it writing)
            buffer, _ = self._clients[sock]
            try:
                lines = buffer.feed(bytes(sock.read(READ_CHUNK).data()))
            except LineTooLong:
                self._warnings.warning("dropping an IPC client that sent an over-long line")
                self._drop(sock)
                return
            self._clients[sock] = (buffer, time.monotonic())
            for raw in lines:
                if sock not in self._clients:
                    # A command before this one ("quit") closed the server and its sockets: the rest of
                    # the read has nobody to answer, and writing to the closed socket only makes Qt warn.
                    return
                self._answer(sock, raw)

    def _answer(self, sock: QLocalSocket, raw: bytes) -> None:
        request = parse_request(raw)
        if request is None:
            self._warnings.warning("unknown IPC command %r", raw[:40].decode("utf-8", "replace"))
            self._send(sock, encode_reply(REPLY_UNKNOWN))
            return
        if request.command in OPTION_COMMANDS:
            self._send(sock, self._option(request))
            return
        # Reply before emitting: "quit" may end the event loop before a later reply could go out.
        self._send(sock, encode_reply(REPLY_OK))
        if request.command != "ping":
            self.commandReceived.emit(request.command, request.argument or "")

    def _option(self, request: Request) -> bytes:
        assert request.argument is not None
        if self.option_handler is None:
            return encode_reply("error", f"this CalmDesk does not take --{request.command} while it runs")
        ok, message = self.option_handler(request.command, request.argument)
        return encode_reply(REPLY_OK if ok else "error", message)

    def _send(self, sock: QLocalSocket, reply: bytes) -> None:
        if sock.bytesToWrite() + len(reply) > MAX_REPLY_BACKLOG:
            # It keeps asking and never reads the answers: its replies would pile up in our memory.
            self._warnings.warning("dropping an IPC client that does not read its replies")
            self._drop(sock)
            return
        sock.write(reply)
        sock.flush()

    # -- the watchdog -----------------------------------------------------------------------------------

    def _watch(self) -> None:
        if self._closed:
            return
        now = time.monotonic()
        for sock, (_, heard) in list(self._clients.items()):
            if now - heard > IDLE_TIMEOUT_S:
                if sock.bytesToWrite() > MAX_UNREAD_REPLY:
                    self._warnings.warning("dropping an IPC client that does not read its replies")
                self._drop(sock)
        if not self._server.isListening() or not _socket_file_present():
            self._warnings.warning("the IPC listener stopped; listening again")
            if not self._listen():
                self._warnings.warning("cannot listen again yet: %s", self._server.errorString())


def _socket_file_present() -> bool:
    return sys.platform == "win32" or socket_path().exists()
