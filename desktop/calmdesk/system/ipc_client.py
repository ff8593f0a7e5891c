"""One connection to the single-instance socket: its lines read under caps, its replies written back."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

from calmdesk.system.ipc_protocol import LineBuffer, LineTooLong
from calmdesk.system.ratelog import RateLimitedLog

# Replies waiting for a client: past the first figure its input is no longer read until it reads (it is
# dropped when that leaves it silent for the server's idle timeout); the second is a hard cap for one burst.
MAX_UNREAD_REPLY = 16 * 1024
MAX_REPLY_BACKLOG = 256 * 1024
READ_CHUNK = 4096  # read this much at a time, so one burst of empty lines cannot outrun the caps


class IpcClient:
    """A client's socket, the notifiers that say it can be read or written, and its buffers.

    `read()` passes each whole line to `answer`, which replies with `send()`; a client that breaks the caps
    is dropped (`forget` is told first, while its descriptor is still its own) and `closed` from then on.
    """

    def __init__(
        self,
        sock: socket.socket,
        parent: QObject,
        answer: Callable[[IpcClient, bytes], None],
        forget: Callable[[IpcClient], None],
        warnings: RateLimitedLog,
    ) -> None:
        self.sock = sock
        self.input = LineBuffer()
        self.output = bytearray()
        self.heard = time.monotonic()
        self.ended = False  # it closed its side: answer what it sent, then hang up
        self.closed = False
        self.reader = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, parent)
        self.writer = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Write, parent)
        self.writer.setEnabled(False)
        self._answer, self._forget, self._warnings = answer, forget, warnings

    def drop(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._forget(self)
        # The notifiers go before the descriptor: Qt must never watch a closed (or reused) number.
        for notifier in (self.reader, self.writer):
            notifier.setEnabled(False)
            notifier.deleteLater()
        self.sock.close()

    def read(self) -> None:
        while not self.closed and not self.ended:
            if len(self.output) > MAX_UNREAD_REPLY:
                self.reader.setEnabled(False)  # not reading our replies: its input waits in the kernel
                return
            try:
                chunk = self.sock.recv(READ_CHUNK)
            except BlockingIOError:
                return
            except OSError:
                self.drop()
                return
            if not chunk:
                self.ended = True
                self.reader.setEnabled(False)
                if not self.output:
                    self.drop()
                return
            try:
                lines = self.input.feed(chunk)
            except LineTooLong:
                self._warnings.warning("dropping an IPC client that sent an over-long line")
                self.drop()
                return
            self.heard = time.monotonic()
            for raw in lines:
                if self.closed:
                    # A command before this one ("quit") closed the server and its sockets: the rest of
                    # the read has nobody to answer.
                    return
                self._answer(self, raw)

    def send(self, reply: bytes) -> None:
        if len(self.output) + len(reply) > MAX_REPLY_BACKLOG:
            # It keeps asking and never reads the answers: its replies would pile up in our memory.
            self._warnings.warning("dropping an IPC client that does not read its replies")
            self.drop()
            return
        self.output += reply
        self.flush()

    def flush(self) -> None:
        try:
            while self.output:
                sent = self.sock.send(self.output)
                del self.output[:sent]
        except BlockingIOError:
            pass
        except OSError:  # it hung up without reading
            self.drop()
            return
        if self.closed:
            return
        self.writer.setEnabled(bool(self.output))
        if self.ended and not self.output:
            self.drop()
        elif not self.ended and len(self.output) <= MAX_UNREAD_REPLY and not self.reader.isEnabled():
            self.reader.setEnabled(True)  # it read our replies: read its input again

    def unread_replies(self) -> bool:
        """Whether it has left more replies unread than it may (said when it is dropped for idling)."""
        return len(self.output) > MAX_UNREAD_REPLY
