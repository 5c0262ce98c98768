import numpy as np
import torch


def probe_interpolate(sub, grid, coords, dtype="float64"):
    """Call with a grid and coords of the given dtype (the sandbox builds large inputs)."""
    t = getattr(torch, dtype)
    return sub.quadrilinear_interpolate(torch.from_numpy(np.asarray(grid)).to(t),
                                        torch.from_numpy(np.asarray(coords)).to(t))
