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
    payload = packb(value)
    sock.sendall(_HEADER.pack(len(payload)) + payload)
    return len(payload)


def _recv_exact(sock: socket.socket, size: int, deadline: float | None) -> bytes:
    chunks = bytearray()
    while len(chunks) < size:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Deadline()
            ready, _, _ = select.select([sock], [], [], remaining)
            if not ready:
                raise Deadline()
        try:
            chunk = sock.recv(min(size - len(chunks), 1 << 20))
        except ConnectionResetError as exc:
            raise ChannelClosed() from exc
        if not chunk:
            raise ChannelClosed()
        chunks += chunk
    return bytes(chunks)


def recv_frame(sock: socket.socket, *, deadline: float | None = None, limit: int = MAX_FRAME) -> Any:
    """Read one frame; ``deadline`` is a ``time.monotonic()`` instant or None to block."""
    (size,) = _HEADER.unpack(_recv_exact(sock, _HEADER.size, deadline))
    if size > limit:
        raise FrameTooLarge(size, limit)
    return unpackb(_recv_exact(sock, size, deadline))


class FrameReader:
    """Reads the frames of one socket, taking whatever has arrived in one system call.

    A child streams a frame per case; read one by one, each costs two waits and two reads,
    and the judge falls behind a child that answers small cases faster than that. Buffered,
    a burst of frames costs one read. The size cap is checked as soon as a header is in, so
    the buffer never holds more than one allowed frame and one read's worth."""

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
        try:
            chunk = self.sock.recv(self._READ_SIZE, socket.MSG_DONTWAIT)
        except BlockingIOError:
            chunk = self._wait_and_read(deadline)
        except ConnectionResetError as exc:
            raise ChannelClosed() from exc
        if not chunk:
            raise ChannelClosed()
        if self._start:
            del self._buffer[:self._start]
            self._start = 0
        self._buffer += chunk

    def _wait_and_read(self, deadline: float | None) -> bytes:
        while True:
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise Deadline()
                ready, _, _ = select.select([self.sock], [], [], remaining)
                if not ready:
                    raise Deadline()
            else:
                select.select([self.sock], [], [])
            try:
                return self.sock.recv(self._READ_SIZE, socket.MSG_DONTWAIT)
            except BlockingIOError:
                continue  # a spurious wake-up
            except ConnectionResetError as exc:
                raise ChannelClosed() from exc
