import torch


def apply_rope(x, positions, base=10000.0):
    D = x.shape[-1]
    theta = base ** (-torch.arange(0, D, 2, dtype=torch.float64) / D)
    phi = positions.to(torch.float64)[:, None] * theta[None, :]
    phi = torch.cat([phi, phi], dim=-1)
    return x * phi.cos().to(x.dtype) + x * phi.sin().to(x.dtype)
