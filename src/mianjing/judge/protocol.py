"""Length-prefixed message framing over stream sockets (judge <-> sandboxed child).

Every frame is a 4-byte big-endian length followed by a :mod:`mianjing.judge.codec` payload.
The reader enforces a size cap before allocating, so a child cannot exhaust the judge's memory
by announcing a huge frame.
"""

from __future__ import annotations

import select
import socket
import struct
import time
from typing import Any

from mianjing.judge.codec import packb, unpackb

_HEADER = struct.Struct(">I")
MAX_FRAME = 256 * 1024 * 1024


class ChannelClosed(EOFError):
    """The peer closed the channel (for a child: it exited or was killed)."""


class FrameTooLarge(ValueError):
    """The peer announced a frame above the allowed size."""

    def __init__(self, size: int, limit: int):
        super().__init__(f"message of {size} bytes exceeds the {limit}-byte limit")
        self.size = size
        self.limit = limit


class Deadline(TimeoutError):
    """No complete frame arrived before the deadline."""


def send_frame(sock: socket.socket, value: Any) -> int:
    return send_encoded(sock, packb(value))


def send_encoded(sock: socket.socket, payload: bytes) -> int:
    """Send a frame whose payload is already encoded (see :mod:`mianjing.judge.codec`)."""
    sock.sendall(_HEADER.pack(len(payload)) + payload)
    return len(payload)


class FrameReader:
    """Reads the frames of one socket, taking whatever has arrived in one system call.

    A child streams a frame per case; read header and payload apart, each frame would cost
    two waits and two reads, and the judge would fall behind a child that answers small
    cases faster than that. Buffered, a burst of frames costs one read. Both ends use it.
    The size cap is checked as soon as a header is in, so the buffer never holds more than
    one allowed frame and one read's worth."""

    _READ_SIZE = 1 << 20

    def __init__(self, sock: socket.socket):
        self.sock = sock
        self._buffer = bytearray()
        self._start = 0  # where the first unread frame begins

    def read(self, *, deadline: float | None = None, limit: int = MAX_FRAME) -> Any:
        """The next frame; ``deadline`` is a ``time.monotonic()`` instant or None to block."""
        while True:
            available = len(self._buffer) - self._start
            if available >= _HEADER.size:
                (size,) = _HEADER.unpack_from(self._buffer, self._start)
                if size > limit:
                    raise FrameTooLarge(size, limit)
                end = self._start + _HEADER.size + size
                if len(self._buffer) >= end:
                    payload = bytes(self._buffer[self._start + _HEADER.size:end])
                    self._start = end
                    return unpackb(payload)
            self._fill(deadline)

    def _fill(self, deadline: float | None) -> None:
        """Append what has arrived, waiting for it until ``deadline`` if nothing has."""
        while True:
            try:
                chunk = self.sock.recv(self._READ_SIZE, socket.MSG_DONTWAIT)
                break
            except BlockingIOError:
                self._wait(deadline)  # then try again (a wake-up may also be spurious)
            except ConnectionResetError as exc:
                raise ChannelClosed() from exc
        if not chunk:
            raise ChannelClosed()
        if self._start:
            del self._buffer[:self._start]
            self._start = 0
        self._buffer += chunk

    def _wait(self, deadline: float | None) -> None:
        if deadline is None:
            select.select([self.sock], [], [])
            return
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([self.sock], [], [], remaining)[0]:
            raise Deadline()
