"""Inputs that the sandbox builds itself from a seed instead of receiving them.

Large inputs (a 10^5-element list for a complexity guard, a (512, 512) matrix) would cost more
to copy between processes than to compute with. A :class:`Generated` travels as a few numbers
and is materialised identically wherever it is needed, since NumPy's ``default_rng`` is
deterministic for a given seed.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

KINDS = ("normal", "uniform", "integers", "permutation", "sorted_integers", "full")
# Inputs built once in the zygote before it forks (see prepare): every later child starts with
# them in memory and only pays for a copy, not for generating them again.
_PREPARED: dict[str, Any] = {}
_PREPARED_LIMIT_BYTES = 128 << 20
_prepared_bytes = 0


@dataclass(frozen=True)
class Generated:
    kind: str
    shape: tuple[int, ...]
    seed: int = 0
    params: dict[str, Any] = field(default_factory=dict)
    as_list: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown generated input kind {self.kind!r}; expected one of {KINDS}")

    def key(self) -> str:
        return json.dumps(self.to_wire(), sort_keys=True)

    def materialize(self) -> Any:
        prepared = _PREPARED.get(self.key()) if _PREPARED else None
        if prepared is not None:
            return _fresh_copy(prepared)
        return self.build()

    def build(self) -> Any:
        rng = np.random.default_rng(self.seed)
        p = self.params
        dtype = p.get("dtype")
        if self.kind == "normal":
            arr = rng.standard_normal(self.shape) * p.get("scale", 1.0) + p.get("loc", 0.0)
        elif self.kind == "uniform":
            arr = rng.uniform(p.get("low", 0.0), p.get("high", 1.0), self.shape)
        elif self.kind == "integers":
            arr = rng.integers(p.get("low", 0), p.get("high", 100), self.shape)
        elif self.kind == "sorted_integers":
            arr = np.sort(rng.integers(p.get("low", 0), p.get("high", 100), self.shape), axis=None)
            if p.get("descending"):
                arr = arr[::-1].copy()
        elif self.kind == "permutation":
            arr = rng.permutation(int(np.prod(self.shape))).reshape(self.shape)
        else:  # full
            arr = np.full(self.shape, p.get("value", 0))
        if dtype:
            arr = arr.astype(dtype)
        return arr.tolist() if self.as_list else arr

    def to_wire(self) -> dict[str, Any]:
        return {"kind": self.kind, "shape": list(self.shape), "seed": int(self.seed),
                "params": dict(self.params), "as_list": self.as_list}

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> Generated:
        return cls(str(data["kind"]), tuple(int(n) for n in data["shape"]), int(data["seed"]),
                   dict(data.get("params") or {}), bool(data.get("as_list")))

    def __repr__(self) -> str:
        extra = ", ".join(f"{k}={v}" for k, v in self.params.items())
        kind = "list" if self.as_list else "array"
        return f"<generated {kind}: {self.kind}{tuple(self.shape)}{', ' + extra if extra else ''}>"


def _fresh_copy(value: Any) -> Any:
    """A copy the submission may modify in place without touching the prepared original."""
    if isinstance(value, np.ndarray):
        return value.copy()
    if isinstance(value, list) and (not value or not isinstance(value[0], list)):
        return list(value)
    if isinstance(value, list) and all(not v or not isinstance(v[0], list) for v in value):
        return [list(v) for v in value]
    return copy.deepcopy(value)


def _size_bytes(value: Any) -> int:
    if isinstance(value, np.ndarray):
        return int(value.nbytes)
    if isinstance(value, list):
        return 64 * sum(len(v) if isinstance(v, list) else 1 for v in value) + 8 * len(value)
    return 64


def prepare(specs: Iterable[dict[str, Any]]) -> int:
    """Build inputs ahead of time (called in the zygote); returns how many were added."""
    global _prepared_bytes
    added = 0
    for wire in specs:
        spec = Generated.from_wire(wire)
        key = spec.key()
        if key in _PREPARED:
            continue
        value = spec.build()
        size = _size_bytes(value)
        if _prepared_bytes + size > _PREPARED_LIMIT_BYTES:
            continue
        if isinstance(value, np.ndarray):
            value.setflags(write=False)
        _PREPARED[key] = value
        _prepared_bytes += size
        added += 1
    return added


def find_generated(value: Any) -> Iterator[Generated]:
    """Every Generated inside a case's arguments (tuples, lists and dicts are searched)."""
    if isinstance(value, Generated):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from find_generated(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from find_generated(item)


_DIGEST_ITEMS = 1024


def _plain_bytes(value: Any) -> bytes | None:
    """The exact encoding of plain nested data (lists, dicts, ints, floats, strings), or None
    when anything else is inside. One pass in C: a list of 10^5 small lists costs a few ms
    where digesting item by item cost hundreds."""
    import msgpack

    try:
        return msgpack.packb(value, use_bin_type=True, strict_types=True)
    except (TypeError, ValueError, OverflowError):
        return None


def digest(value: Any, seed: int = 0) -> Any:
    """A compact fingerprint of an output, computed next to it instead of shipping it whole.

    Arrays keep shape, dtype, a seeded sample of entries and reductions along each axis, so a
    value that is wrong anywhere but in a handful of entries still fails the comparison.
    Sequences keep their length, their first items and a hash of their exact bytes; a
    sequence holding arrays keeps the digest of each item (of a seeded sample when long).
    """
    import hashlib

    from mianjing.judge.codec import Tensor, packb

    if type(value).__module__ == "torch" and type(value).__name__ in ("Tensor", "Parameter"):
        import torch

        t = value.detach().cpu()
        arr = t.to(torch.float64).numpy() if t.is_floating_point() else t.numpy()
        return {"tensor": str(t.dtype), **digest(arr, seed)}
    if isinstance(value, Tensor):
        return {"tensor": value.dtype, **digest(value.array, seed)}
    if isinstance(value, np.ndarray):
        rng = np.random.default_rng(seed)
        flat = value.reshape(-1)
        idx = rng.integers(0, flat.size, min(flat.size, 256)) if flat.size else np.zeros(0, int)
        as_float = value.astype(np.float64) if value.dtype.kind in "biuf" else value
        # Sums over every axis but one, for the first and the last axis: sizes stay small
        # whatever the rank, and a wrong entry anywhere moves two of them.
        sums = [as_float.sum(axis=tuple(range(1, value.ndim))),
                as_float.sum(axis=tuple(range(value.ndim - 1)))] if value.ndim else [as_float]
        return {"shape": list(value.shape), "dtype": str(value.dtype), "sample": flat[idx],
                "axis_sums": sums}
    if isinstance(value, (list, tuple)):
        exact = _plain_bytes(value)
        if exact is None and any(
                isinstance(v, (np.ndarray, Tensor, list, tuple, dict)) or type(v).__module__ == "torch"
                for v in value[:64]):
            # Arrays inside: each gets its tolerant digest. A long list is checked at its
            # head and at seeded positions, like the entries of an array.
            n = len(value)
            picks = range(n) if n <= _DIGEST_ITEMS else sorted(
                set(range(_DIGEST_ITEMS // 4)) | set(
                    np.random.default_rng(seed).choice(n, _DIGEST_ITEMS, replace=False).tolist()))
            return {"type": type(value).__name__, "len": n,
                    "items": [[i, digest(value[i], seed + i)] for i in picks]}
        head = value[:16]
        if len(_plain_bytes(head) or packb(head)) > 4096:
            head = []
        return {"type": type(value).__name__, "len": len(value), "head": list(head),
                "sha256": hashlib.sha256(exact if exact is not None else packb(value)).hexdigest()}
    if isinstance(value, dict):
        return {"type": "dict", "items": {k: digest(v, seed) for k, v in value.items()}}
    if isinstance(value, (str, bytes)):
        return {"type": type(value).__name__, "len": len(value), "head": value[:64],
                "sha256": hashlib.sha256(packb(value)).hexdigest()}
    return value
