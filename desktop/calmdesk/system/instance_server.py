"""The Qt half of the single-instance channel: QLockFile + QLocalServer (see instance.py for the client)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from calmdesk.system.instance import (
    COMMANDS,
    LOCK_NAME,
    REPLY_OK,
    REPLY_UNKNOWN,
    InstanceError,
    _server_name,
    instance_dir,
)

log = logging.getLogger(__name__)

_MAX_LINE = 256  # Commands are single words: a longer line is garbage, not something to buffer forever.


class InstanceServer(QObject):
    """Holds the per-user instance lock and serves newline-delimited commands on a local socket.

    "ping" is answered here and not passed on; every other known command is answered "ok" and emitted.

    Signals:
        commandReceived(str): "show", "toggle", "hide", "checklist" or "quit", from `calmdesk <command>`.
    """

    commandReceived = Signal(str)

    def __init__(self, lock: QLockFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._server = QLocalServer(self)
        # Owner-only socket file (Qt chmods it); the folder is 0700 as well, so this is belt and braces.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

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
        server._listen()
        return server

    def _listen(self) -> None:
        name = _server_name()
        # Only now that we hold the lock is a socket file left behind certainly stale (its owner is dead);
        # removing it before taking the lock could cut off a live instance.
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            error = self._server.errorString()
            self._lock.unlock()
            raise InstanceError(f"Cannot listen on {name}: {error}")
        log.debug("listening on %s", name)

    @property
    def server_name(self) -> str:
        return self._server.fullServerName()

    def close(self) -> None:
        """Stop listening, remove the socket file and release the lock."""
        for sock in list(self._buffers):
            sock.readyRead.disconnect(self._on_ready_read)
            sock.abort()  # emits disconnected -> _on_disconnected schedules the deletion
        self._buffers.clear()
        self._server.close()  # removes the socket file on Unix
        self._lock.unlock()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._buffers[sock] = b""
            # Bound methods + sender(), not lambdas capturing the socket: with lambdas (PySide6 6.12) a queued
            # deleteLater segfaulted in ~QLocalSocket once the server object had been destroyed.
            sock.readyRead.connect(self._on_ready_read)
            sock.disconnected.connect(self._on_disconnected)
            if sock.bytesAvailable():  # data may have arrived with the connection itself
                self._read(sock)

    def _on_disconnected(self) -> None:
        sock = self.sender()
        if isinstance(sock, QLocalSocket):
            self._buffers.pop(sock, None)
            sock.deleteLater()

    def _on_ready_read(self) -> None:
        sock = self.sender()
        if isinstance(sock, QLocalSocket):
            self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if sock not in self._buffers:
            return
        data = self._buffers[sock] + bytes(sock.readAll().data())
        *lines, rest = data.split(b"\n")
        if len(rest) > _MAX_LINE:
            log.warning("dropping an over-long IPC message")
            self._buffers.pop(sock, None)
            sock.abort()
            return
        self._buffers[sock] = rest
        for raw in lines:
            if sock not in self._buffers:
                # A command before this one ("quit") closed the server and its sockets: the rest of
                # the read has nobody to answer, and writing to the closed socket only makes Qt warn.
                return
            command = raw.decode("utf-8", "replace").strip()
            known = command in COMMANDS
            # Reply before emitting: "quit" may end the event loop before a later reply could go out.
            sock.write((REPLY_OK if known else REPLY_UNKNOWN).encode("utf-8") + b"\n")
            sock.flush()
            if not known:
                log.warning("unknown IPC command %r", command[:40])
            elif command != "ping":
                self.commandReceived.emit(command)
