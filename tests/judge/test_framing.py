import socket
import threading
import time

import numpy as np
import pytest

from mianjing.judge import protocol
from mianjing.judge.codec import packb


def _frame(value) -> bytes:
    payload = packb(value)
    return len(payload).to_bytes(4, "big") + payload


@pytest.fixture
def pair():
    ours, theirs = socket.socketpair()
    yield ours, theirs
    ours.close()
    theirs.close()


def test_a_burst_of_frames_is_read_in_order(pair):
    ours, theirs = pair
    theirs.sendall(b"".join(_frame({"n": i, "a": np.arange(i)}) for i in range(50)))
    reader = protocol.FrameReader(ours)
    for i in range(50):
        frame = reader.read(deadline=time.monotonic() + 5)
        assert frame["n"] == i and frame["a"].tolist() == list(range(i))


def test_a_frame_split_across_writes_is_reassembled(pair):
    ours, theirs = pair
    data = _frame({"big": b"x" * 300_000}) + _frame("next")

    def dribble():
        for start in range(0, len(data), 7001):
            theirs.sendall(data[start:start + 7001])
            time.sleep(0.001)

    writer = threading.Thread(target=dribble)
    writer.start()
    reader = protocol.FrameReader(ours)
    assert reader.read(deadline=time.monotonic() + 10) == {"big": b"x" * 300_000}
    assert reader.read(deadline=time.monotonic() + 10) == "next"
    writer.join()


def test_the_size_cap_is_checked_on_the_header_alone(pair):
    ours, theirs = pair
    theirs.sendall((10_000_000).to_bytes(4, "big") + b"tiny")  # announces far more than sent
    with pytest.raises(protocol.FrameTooLarge):
        protocol.FrameReader(ours).read(deadline=time.monotonic() + 5, limit=1_000_000)


def test_deadline_and_closed_channel(pair):
    ours, theirs = pair
    reader = protocol.FrameReader(ours)
    theirs.sendall(_frame("half")[:5])
    started = time.monotonic()
    with pytest.raises(protocol.Deadline):
        reader.read(deadline=started + 0.05)
    assert time.monotonic() - started < 2
    theirs.close()
    with pytest.raises(protocol.ChannelClosed):
        reader.read(deadline=time.monotonic() + 5)
