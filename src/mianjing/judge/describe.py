"""Short, readable renderings of inputs and outputs for verdict messages."""

from __future__ import annotations

from typing import Any

import numpy as np

from mianjing.judge.codec import Tensor

_MAX_CHARS = 400


def _array(arr: np.ndarray, label: str) -> str:
    head = f"{label}(shape={tuple(arr.shape)}, dtype={arr.dtype}"
    if arr.size <= 24:
        with np.printoptions(precision=5, suppress=False, threshold=24, linewidth=200):
            body = np.array2string(arr, separator=", ").replace("\n", "")
        return f"{head}, {body})"
    finite = arr[np.isfinite(arr)] if arr.dtype.kind in "fc" else arr
    if finite.size and arr.dtype.kind in "biuf":
        return f"{head}, min={finite.min():.4g}, max={finite.max():.4g})"
    return head + ")"


def describe(value: Any, limit: int = _MAX_CHARS) -> str:
    if isinstance(value, Tensor):
        text = _array(value.array, "tensor").replace(f"dtype={value.array.dtype}",
                                                      f"dtype={value.dtype}")
    elif isinstance(value, np.ndarray):
        text = _array(value, "array")
    elif isinstance(value, (list, tuple)) and any(isinstance(v, (np.ndarray, Tensor)) for v in value):
        inner = ", ".join(describe(v, limit // 2) for v in value)
        text = f"({inner})" if isinstance(value, tuple) else f"[{inner}]"
    else:
        text = repr(value)
    if len(text) > limit:
        extra = f" (length {len(value)})" if isinstance(value, (list, tuple, str, dict)) else ""
        text = text[: limit - 20] + " ..." + extra
    return text


def describe_call(args: tuple | list, kwargs: dict[str, Any], names: list[str] | None = None) -> str:
    parts = []
    for i, arg in enumerate(args):
        label = f"{names[i]}=" if names and i < len(names) else ""
        parts.append(label + describe(arg, 240))
    parts += [f"{k}={describe(v, 240)}" for k, v in kwargs.items()]
    return ", ".join(parts)
