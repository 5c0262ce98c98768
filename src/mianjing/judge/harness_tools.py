"""Helpers for problem harnesses (they run in the sandbox, next to the submission)."""

from __future__ import annotations

from typing import Any


def load_parameters(module: Any, weights: dict[str, Any], expected: str) -> Any:
    """Copy NumPy ``weights`` into ``module``'s parameters by dotted name.

    A missing name or a wrong shape raises with a message naming the parameter and, via
    ``expected``, which attributes the statement asks for, so a candidate sees what to rename.
    """
    import torch

    params = dict(module.named_parameters())
    owner = type(module).__name__
    with torch.no_grad():
        for name, value in weights.items():
            if name not in params:
                raise AttributeError(f"{owner} has no parameter {name!r}; {expected} "
                                     f"(found: {sorted(params)})")
            if tuple(params[name].shape) != value.shape:
                raise ValueError(f"{name} has shape {tuple(params[name].shape)}, "
                                 f"expected {value.shape}")
            params[name].copy_(torch.from_numpy(value))
    return module
