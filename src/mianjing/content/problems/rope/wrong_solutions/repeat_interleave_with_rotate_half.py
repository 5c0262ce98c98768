import torch


def apply_rope(x, positions, base=10000.0):
    # angles laid out for adjacent pairs, but rotate_half pairs i with i + D/2
    D = x.shape[-1]
    theta = base ** (-torch.arange(0, D, 2, dtype=torch.float64) / D)
    phi = (positions.to(torch.float64)[:, None] * theta[None, :]).repeat_interleave(2, dim=-1)
    x1, x2 = x[..., : D // 2], x[..., D // 2 :]
    return x * phi.cos().to(x.dtype) + torch.cat([-x2, x1], dim=-1) * phi.sin().to(x.dtype)
