import math

import numpy as np


def softmax(x, axis=-1):
    moved = np.ascontiguousarray(np.moveaxis(np.asarray(x), axis, -1))
    flat_in = moved.reshape(-1, moved.shape[-1])
    flat_out = np.empty_like(flat_in)
    for r in range(flat_in.shape[0]):
        row = [float(v) for v in flat_in[r]]
        m = max(row)
        exps = [math.exp(v - m) for v in row]
        s = sum(exps)
        for c, v in enumerate(exps):
            flat_out[r, c] = v / s
    return np.moveaxis(flat_out.reshape(moved.shape), -1, axis)
