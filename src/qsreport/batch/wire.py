"""Messages between a batch's parent and its workers: pickles, each behind its length, on a
stream socket.

The parent takes everything a worker has sent with one read (:class:`Inbox`) instead of a
poll and two reads a message, as ``multiprocessing.Connection`` does: at thousands of records
a second those calls cost the parent more than writing the records. A worker sends each record
as soon as it is made, so the parent still knows which file each worker is on.
"""

from __future__ import annotations

import pickle
import select
import socket
import struct

_LENGTH = struct.Struct("!Q")
_READ = 1 << 20  # bytes asked for in one read
_NO_WAIT = getattr(socket, "MSG_DONTWAIT", 0)


def send(sock: socket.socket, message: object) -> None:
    """Send ``message`` whole, waiting while the socket is full."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    if len(data) < _READ:
        sock.sendall(_LENGTH.pack(len(data)) + data)
    else:  # a big record is not copied once more to put its length in front
        sock.sendall(_LENGTH.pack(len(data)))
        sock.sendall(data)


def receive(sock: socket.socket) -> object:
    """The next message, waiting for it; EOFError when the other end has closed."""
    (size,) = _LENGTH.unpack(_exactly(sock, _LENGTH.size))
    return pickle.loads(_exactly(sock, size))


def _exactly(sock: socket.socket, size: int) -> bytearray:
    data = bytearray(size)
    view = memoryview(data)
    while view:
        count = sock.recv_into(view)
        if not count:
            raise EOFError("the other end closed the socket")
        view = view[count:]
    return data


class Inbox:
    """The messages a socket has brought so far, taken without waiting."""

    def __init__(self, sock: socket.socket):
        self.sock = sock
        self.closed = False  # the other end has closed (a worker that ended or died)
        self._buffer = bytearray()

    def take(self) -> list[object]:
        """Every whole message that has arrived; a part of one waits for the rest."""
        while not self.closed and self._readable():
            try:
                part = self.sock.recv(_READ, _NO_WAIT)
            except (BlockingIOError, InterruptedError):
                break
            except OSError:
                part = b""
            if not part:
                self.closed = True
                break
            self._buffer += part
            if len(part) < _READ:
                break
        return self._messages()

    def _readable(self) -> bool:
        if _NO_WAIT:
            return True
        return bool(select.select([self.sock], [], [], 0)[0])

    def _messages(self) -> list[object]:
        buffer, start, messages = self._buffer, 0, []
        with memoryview(buffer) as view:
            while len(buffer) - start >= _LENGTH.size:
                (size,) = _LENGTH.unpack_from(view, start)
                end = start + _LENGTH.size + size
                if end > len(buffer):
                    break
                messages.append(pickle.loads(view[start + _LENGTH.size:end]))
                start = end
        del buffer[:start]
        return messages
