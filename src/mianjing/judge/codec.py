"""Safe serialisation between the judge and the processes that run untrusted code.

Values cross process boundaries as msgpack with a few extension types; nothing is ever
unpickled, and decoding validates every array header before touching its bytes, so bytes
written by hostile code can at worst be rejected, never executed.

Supported values: None, bool, int (any size), float, str, bytes, list, tuple, dict, set,
numpy arrays of bool/int/uint/float/complex dtype, numpy scalars, and torch tensors (which
decode as :class:`Tensor`, so the judge can check tensor-ness and dtype without torch).
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from typing import Any

import msgpack
import numpy as np

from mianjing.judge.generated import Generated

_EXT_NDARRAY = 1
_EXT_TUPLE = 2
_EXT_TENSOR = 3
_EXT_BIGINT = 4
_EXT_NPSCALAR = 5
_EXT_SET = 6
_EXT_GENERATED = 7

_ALLOWED_KINDS = frozenset("biufc")
# msgpack's default 256 KiB buffer is a fresh mmap per call (above malloc's mmap threshold):
# most messages here are small and nested, so start small and let it grow.
_BUFFER = 4096
_MAX_DIMS = 32
_INT64_MIN, _INT64_MAX = -(2**63), 2**64 - 1


class CodecError(ValueError):
    """A value cannot be encoded, or received bytes are not a valid message."""


@dataclass(frozen=True, eq=False)
class Tensor:
    """A torch tensor as seen by the judge: its values, torch dtype name and grad flag."""

    array: np.ndarray
    dtype: str
    requires_grad: bool = False

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.array.shape)

    def __repr__(self) -> str:
        return f"Tensor(shape={self.shape}, dtype={self.dtype})"


def _check_dtype(dtype_str: str) -> np.dtype:
    try:
        dtype = np.dtype(dtype_str)
    except TypeError as exc:
        raise CodecError(f"unknown dtype {dtype_str!r}") from exc
    if dtype.kind not in _ALLOWED_KINDS or dtype.fields is not None or dtype.subdtype is not None:
        raise CodecError(f"dtype {dtype_str!r} is not a plain numeric dtype")
    return dtype


def _encode_array(arr: np.ndarray) -> bytes:
    """dtype string (1-byte length), rank (1 byte), each dimension (8 bytes), then the raw
    C-order bytes: one struct call instead of a nested msgpack message per array."""
    if arr.dtype.kind not in _ALLOWED_KINDS:
        raise CodecError(
            f"cannot send a numpy array of dtype {arr.dtype} (object/string arrays are not "
            "supported); return a numeric array or a Python list"
        )
    if not arr.flags.c_contiguous:
        arr = arr.copy(order="C")
    dtype_str = arr.dtype.str.encode("ascii")
    head = struct.pack(f"<B{len(dtype_str)}sB{arr.ndim}Q", len(dtype_str), dtype_str, arr.ndim,
                       *arr.shape)
    return head + arr.tobytes()


def _decode_array(payload: bytes) -> np.ndarray:
    try:
        dtype_len = payload[0]
        dtype_str = payload[1:1 + dtype_len].decode("ascii")
        ndim = payload[1 + dtype_len]
    except (IndexError, UnicodeDecodeError) as exc:
        raise CodecError("malformed array header") from exc
    if len(dtype_str) != dtype_len or ndim > _MAX_DIMS:
        raise CodecError("malformed array header")
    dtype = _check_dtype(dtype_str)
    start = 2 + dtype_len + 8 * ndim
    if len(payload) < start:
        raise CodecError("malformed array header")
    shape = struct.unpack_from(f"<{ndim}Q", payload, 2 + dtype_len)
    count = math.prod(shape)
    if count * dtype.itemsize != len(payload) - start:
        raise CodecError(f"array payload has {len(payload) - start} bytes, shape {list(shape)} "
                         f"needs {count * dtype.itemsize}")
    return np.frombuffer(payload, dtype=dtype, count=count, offset=start).reshape(shape).copy()


def _default(obj: Any) -> msgpack.ExtType:
    if isinstance(obj, tuple):
        return msgpack.ExtType(_EXT_TUPLE, packb(list(obj)))
    if isinstance(obj, (set, frozenset)):
        return msgpack.ExtType(_EXT_SET, packb(list(obj)))
    if isinstance(obj, int) and not isinstance(obj, bool):
        return msgpack.ExtType(_EXT_BIGINT, str(int(obj)).encode())
    if isinstance(obj, np.ndarray):
        return msgpack.ExtType(_EXT_NDARRAY, _encode_array(obj))
    if isinstance(obj, np.generic):
        if obj.dtype.kind not in _ALLOWED_KINDS:
            raise CodecError(f"cannot send a numpy scalar of dtype {obj.dtype}")
        return msgpack.ExtType(_EXT_NPSCALAR, _encode_array(np.asarray(obj)))
    if isinstance(obj, Generated):
        return msgpack.ExtType(_EXT_GENERATED, packb(obj.to_wire()))
    if isinstance(obj, Tensor):
        return msgpack.ExtType(
            _EXT_TENSOR, packb([obj.dtype, obj.requires_grad, obj.array])
        )
    if type(obj).__module__ == "torch" and type(obj).__name__ in ("Tensor", "Parameter"):
        return msgpack.ExtType(_EXT_TENSOR, packb(_torch_fields(obj)))
    if isinstance(obj, float):  # float subclasses
        return float(obj)
    if isinstance(obj, str):
        return str(obj)
    raise CodecError(
        f"cannot send back a value of type {type(obj).__module__}.{type(obj).__qualname__}"
    )


def _torch_fields(tensor: Any) -> list[Any]:
    import torch  # only reached inside a torch runtime, where torch is already loaded

    t = tensor.detach().cpu()
    dtype_name = str(t.dtype)
    if t.is_complex():
        values = t.resolve_conj().numpy()
    elif t.dtype in (torch.bfloat16, torch.float16):
        values = t.to(torch.float32).numpy()
    else:
        values = t.resolve_neg().numpy()
    return [dtype_name, bool(tensor.requires_grad), values]


def _ext_hook(code: int, data: bytes) -> Any:
    if code == _EXT_NDARRAY:
        return _decode_array(data)
    if code == _EXT_NPSCALAR:
        arr = _decode_array(data)
        if arr.shape != ():
            raise CodecError("numpy scalar payload is not 0-dimensional")
        return arr[()]
    if code == _EXT_TUPLE:
        items = unpackb(data)
        if not isinstance(items, list):
            raise CodecError("malformed tuple")
        return tuple(items)
    if code == _EXT_SET:
        items = unpackb(data)
        if not isinstance(items, list):
            raise CodecError("malformed set")
        try:
            return set(items)
        except TypeError as exc:
            raise CodecError("set holds unhashable items") from exc
    if code == _EXT_BIGINT:
        text = data.decode("ascii", errors="strict")
        if len(text) > 5000 or not text.lstrip("-").isdigit():
            raise CodecError("malformed integer")
        return int(text)
    if code == _EXT_TENSOR:
        fields = unpackb(data)
        if (
            not isinstance(fields, list)
            or len(fields) != 3
            or not isinstance(fields[0], str)
            or not isinstance(fields[2], np.ndarray)
        ):
            raise CodecError("malformed tensor")
        if not fields[0].startswith("torch.") or len(fields[0]) > 40:
            raise CodecError(f"unknown tensor dtype {fields[0]!r}")
        return Tensor(fields[2], fields[0], bool(fields[1]))
    if code == _EXT_GENERATED:
        fields = unpackb(data)
        try:
            return Generated.from_wire(fields)
        except (KeyError, TypeError, ValueError) as exc:
            raise CodecError("malformed generated input") from exc
    raise CodecError(f"unknown extension type {code}")


def packb(value: Any) -> bytes:
    """Encode a value; raise CodecError naming the first unsupported type."""
    try:
        return msgpack.packb(value, default=_default, use_bin_type=True, strict_types=True,
                             buf_size=_BUFFER)
    except CodecError:
        raise
    except (TypeError, ValueError, OverflowError) as exc:
        raise CodecError(str(exc)) from exc


def packb_ending_with(fields: dict[str, Any], key: str, encoded: bytes) -> bytes:
    """The map ``fields`` plus ``key``, whose value arrives already encoded (by
    :func:`packb`): a value checked for its size by encoding it is not encoded twice.
    msgpack writes a map's entries in insertion order and None as the single byte 0xC0, so
    the last value's placeholder is the last byte."""
    head = packb({**fields, key: None})
    return head[:-1] + encoded


def packb_list_of_encoded(items: list[bytes]) -> bytes:
    """A list whose items arrive already encoded (by :func:`packb`)."""
    return msgpack.Packer(buf_size=16).pack_array_header(len(items)) + b"".join(items)


def unpackb(data: bytes) -> Any:
    """Decode bytes produced by :func:`packb`; malformed input raises CodecError."""
    try:
        return msgpack.unpackb(data, raw=False, ext_hook=_ext_hook, strict_map_key=False)
    except CodecError:
        raise
    except Exception as exc:  # msgpack raises several unrelated types on garbage
        raise CodecError(f"malformed message: {exc}") from exc
