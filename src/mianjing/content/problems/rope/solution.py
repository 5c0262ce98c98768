import torch


def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat([-x[..., h:], x[..., :h]], dim=-1)


def apply_rope(x: torch.Tensor, positions: torch.Tensor, base: float = 10000.0) -> torch.Tensor:
    D = x.shape[-1]
    theta = base ** (-torch.arange(0, D, 2, dtype=torch.float64) / D)     # (D/2,)
    phi = positions.to(torch.float64)[:, None] * theta[None, :]             # (L, D/2)
    phi = torch.cat([phi, phi], dim=-1)                                     # (L, D)
    cos, sin = phi.cos().to(x.dtype), phi.sin().to(x.dtype)
    return x * cos + rotate_half(x) * sin
