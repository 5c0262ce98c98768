import itertools
import math

import torch


def quadrilinear_interpolate(grid, coords):
    sizes = grid.shape[1:]
    out = torch.zeros(coords.shape[0], grid.shape[0], dtype=grid.dtype)
    for n in range(coords.shape[0]):
        lo, hi, frac = [], [], []
        for d in range(4):
            x = min(max(float(coords[n, d]), 0.0), sizes[d] - 1.0)
            i = int(math.floor(x))
            lo.append(i)
            hi.append(min(i + 1, sizes[d] - 1))
            frac.append(x - i)
        for corner in itertools.product((0, 1), repeat=4):
            w = 1.0
            for d, bit in enumerate(corner):
                w *= frac[d] if bit else 1 - frac[d]
            idx = [hi[d] if bit else lo[d] for d, bit in enumerate(corner)]
            out[n] += w * grid[:, idx[0], idx[1], idx[2], idx[3]]
    return out
