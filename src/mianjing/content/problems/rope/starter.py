import torch


def apply_rope(x: torch.Tensor, positions: torch.Tensor, base: float = 10000.0) -> torch.Tensor:
    """Rotate pairs (i, i + D/2) of x (B, H, L, D) by positions[l] * base ** (-2i / D)."""
    raise NotImplementedError
