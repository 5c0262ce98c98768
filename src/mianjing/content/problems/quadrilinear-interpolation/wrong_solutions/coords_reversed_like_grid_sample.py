import itertools

import torch


def quadrilinear_interpolate(grid, coords):
    coords = coords.flip(-1)          # (x, y, z, w) order as in grid_sample
    sizes = torch.tensor(grid.shape[1:], dtype=coords.dtype)          # (D1, D2, D3, D4)
    x = torch.minimum(coords.clamp(min=0), sizes - 1)                 # border clamp, (N, 4)
    i0 = x.floor().long()
    i1 = torch.minimum(i0 + 1, sizes.long() - 1)                      # stays inside at the edge
    w1 = (x - i0).to(grid.dtype)                                      # weight of the upper node
    w0 = 1 - w1
    out = 0
    for corner in itertools.product((0, 1), repeat=4):                # the 16 cell corners
        idx = [(i1 if bit else i0)[:, d] for d, bit in enumerate(corner)]
        w = torch.ones_like(w1[:, 0])
        for d, bit in enumerate(corner):
            w = w * (w1 if bit else w0)[:, d]
        out = out + w[:, None] * grid[:, idx[0], idx[1], idx[2], idx[3]].T   # (N, C)
    return out
