import struct

import msgpack
import numpy as np
import pytest

from mianjing.judge.codec import CodecError, Tensor, packb, unpackb
from mianjing.judge.generated import Generated


def test_round_trips_nested_values_and_preserves_types():
    value = {"a": (1, 2**80, -(2**70)), "b": [np.arange(6.0).reshape(2, 3).T, np.float32(1.5)],
             "c": {1, 2}, "d": None, "e": "文本", "f": b"\x00\x01", "g": True,
             "h": Generated("normal", (3, 4), seed=2)}
    out = unpackb(packb(value))
    assert out["a"] == value["a"] and isinstance(out["a"], tuple)
    np.testing.assert_array_equal(out["b"][0], value["b"][0])
    assert out["b"][1].dtype == np.float32
    assert out["c"] == {1, 2} and out["g"] is True and out["f"] == b"\x00\x01"
    assert out["h"].materialize().shape == (3, 4)


def test_rejects_object_arrays_when_encoding():
    with pytest.raises(CodecError, match="dtype"):
        packb(np.array([object()], dtype=object))


def test_rejects_unknown_types_with_their_name():
    class Weird:
        pass

    with pytest.raises(CodecError, match="Weird"):
        packb({"x": Weird()})


def _forged_array(dtype: bytes, shape: list[int], data: bytes, *, rank: int | None = None) -> bytes:
    """An array message written by hand, as hostile code could write it."""
    rank = len(shape) if rank is None else rank
    head = struct.pack(f"<B{len(dtype)}sB{len(shape)}Q", len(dtype), dtype, rank, *shape)
    return msgpack.packb(msgpack.ExtType(1, head + data))


def test_rejects_array_header_that_lies_about_its_size():
    with pytest.raises(CodecError, match="bytes"):
        unpackb(_forged_array(b"<f8", [1000, 1000], b"\x00" * 8))
    with pytest.raises(CodecError, match="bytes"):  # a product that overflows 64 bits
        unpackb(_forged_array(b"<f8", [2**63, 2**63, 4], b"\x00" * 8))


def test_rejects_object_dtype_in_received_arrays():
    with pytest.raises(CodecError, match="not a plain numeric dtype"):
        unpackb(_forged_array(b"|O", [1], b"\x00" * 8))


def test_rejects_truncated_or_overdeep_array_headers():
    with pytest.raises(CodecError, match="header"):
        unpackb(msgpack.packb(msgpack.ExtType(1, b"\x03<f")))
    with pytest.raises(CodecError, match="header"):  # claims 3 dimensions, carries 1
        unpackb(_forged_array(b"<f8", [1], b"", rank=3))
    with pytest.raises(CodecError, match="header"):
        unpackb(_forged_array(b"<f8", [1] * 33, b"\x00" * 8))


def test_received_arrays_are_writable_copies():
    out = unpackb(packb(np.arange(4.0)))
    out[0] = 7.0
    assert out.flags.writeable and out[0] == 7.0


def test_garbage_bytes_raise_codec_error():
    with pytest.raises(CodecError):
        unpackb(b"\xc1\xff\x00garbage")


def test_torch_tensor_decodes_as_tensor_with_dtype():
    torch = pytest.importorskip("torch")
    out = unpackb(packb(torch.ones(2, 3, dtype=torch.bfloat16)))
    assert isinstance(out, Tensor) and out.dtype == "torch.bfloat16" and out.shape == (2, 3)
