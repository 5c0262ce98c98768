import torch


def apply_rope(x, positions, base=10000.0):
    # GPT-J style: rotates neighbours (2i, 2i+1) instead of (i, i + D/2)
    D = x.shape[-1]
    theta = base ** (-torch.arange(0, D, 2, dtype=torch.float64) / D)
    phi = positions.to(torch.float64)[:, None] * theta[None, :]
    cos, sin = phi.cos().to(x.dtype), phi.sin().to(x.dtype)
    x_even, x_odd = x[..., 0::2], x[..., 1::2]
    out = torch.stack([x_even * cos - x_odd * sin, x_odd * cos + x_even * sin], dim=-1)
    return out.flatten(-2)
