import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-10)
TIME_FACTOR = 8.0


def _direct(x, w, b, stride=1, padding=0):
    """Independent definition: one output pixel at a time (small inputs only)."""
    n_, _, h, wd = x.shape
    f_, _, kh, kw = w.shape
    xp = np.zeros((n_, x.shape[1], h + 2 * padding, wd + 2 * padding))
    xp[:, :, padding:padding + h, padding:padding + wd] = x
    ho, wo = (h + 2 * padding - kh) // stride + 1, (wd + 2 * padding - kw) // stride + 1
    out = np.empty((n_, f_, ho, wo))
    for i in range(ho):
        for j in range(wo):
            patch = xp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw]
            out[:, :, i, j] = np.einsum("ncuv,fcuv->nf", patch, w) + b
    return out


def _case(name, rng, x_shape, w_shape, stride=1, padding=0, guards=""):
    x = rng.standard_normal(x_shape)
    w = rng.standard_normal(w_shape)
    b = rng.standard_normal(w_shape[0])
    return Case(name, (x, w, b), {"stride": stride, "padding": padding},
                expected=_direct(x, w, b, stride, padding), guards=guards)


def cases(rng):
    x = np.arange(1.0, 10.0).reshape(1, 1, 3, 3)
    w = np.array([[[[1.0, 0.0], [0.0, -1.0]]]])
    yield Case("hand_worked", (x, w, np.array([0.5])), expected=np.full((1, 1, 2, 2), -3.5),
               guards="cross-correlation as in torch: out[i, j] = x[i, j] - x[i+1, j+1] + b, "
                      "no kernel flip")
    yield _case("random_multi_channel", rng, (2, 3, 6, 5), (4, 3, 3, 3),
                guards="sum over input channels, one output map per filter")
    yield _case("stride_2_padding_1_rectangular_kernel", rng, (2, 2, 7, 6), (3, 2, 3, 2),
                stride=2, padding=1,
                guards="window (i, j) starts at (i * stride, j * stride) of the padded input")
    yield _case("stride_does_not_divide", rng, (1, 2, 8, 9), (2, 2, 3, 2), stride=3,
                guards="H_out = floor((H + 2p - KH) / stride) + 1: the leftover rows are "
                       "dropped")
    yield _case("padding_both_sides", rng, (1, 1, 4, 4), (1, 1, 3, 3), padding=2,
                guards="zero padding of p on every side (top, bottom, left and right)")
    yield _case("bias_per_filter_square_output", rng, (2, 3, 6, 6), (4, 3, 3, 3),
                guards="bias has shape (F,) and is added per output channel; here "
                       "W_out == F, so a bias broadcast over the last axis runs silently")
    yield _case("kernel_one_by_one", rng, (3, 4, 5, 5), (6, 4, 1, 1),
                guards="1x1 convolution: a per-pixel linear map over channels")
    yield _case("kernel_covers_input", rng, (2, 3, 4, 5), (2, 3, 4, 5),
                guards="output (N, F, 1, 1) when the kernel is as large as the input")
    yield Case("large_vectorised",
               (Generated("normal", (8, 16, 32, 32), seed=1),
                Generated("normal", (32, 16, 3, 3), seed=2), Generated("normal", (32,), seed=3)),
               {"stride": 1, "padding": 1}, timed=True, digest=True,
               guards="vectorised (im2col / stride tricks / a loop over the KH * KW offsets); "
                      "no Python loops over every multiply-add")
