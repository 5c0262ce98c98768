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


def test_rejects_array_header_that_lies_about_its_size():
    forged = msgpack.ExtType(1, msgpack.packb(["<f8", [1000, 1000], b"\x00" * 8]))
    with pytest.raises(CodecError, match="bytes"):
        unpackb(msgpack.packb(forged))


def test_rejects_object_dtype_in_received_arrays():
    forged = msgpack.ExtType(1, msgpack.packb(["|O", [1], b"\x00" * 8]))
    with pytest.raises(CodecError, match="not a plain numeric dtype"):
        unpackb(msgpack.packb(forged))


def test_garbage_bytes_raise_codec_error():
    with pytest.raises(CodecError):
        unpackb(b"\xc1\xff\x00garbage")


def test_torch_tensor_decodes_as_tensor_with_dtype():
    torch = pytest.importorskip("torch")
    out = unpackb(packb(torch.ones(2, 3, dtype=torch.bfloat16)))
    assert isinstance(out, Tensor) and out.dtype == "torch.bfloat16" and out.shape == (2, 3)
