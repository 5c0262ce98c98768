import math

import numpy as np

from mianjing.judge import checkers
from mianjing.judge.codec import Tensor
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-10)
COMPARE_F32 = checkers.allclose(rtol=1e-4, atol=1e-4)


def _numpy_rope(x, positions, base=10000.0):
    """Pair by pair: component i is rotated together with component i + D/2."""
    D = x.shape[-1]
    h = D // 2
    out = np.empty(x.shape, dtype=np.float64)
    for i in range(h):
        phi = positions.astype(np.float64) * base ** (-2.0 * i / D)      # (L,)
        c, s = np.cos(phi), np.sin(phi)
        a, b = x[..., i].astype(np.float64), x[..., i + h].astype(np.float64)
        out[..., i] = a * c - b * s
        out[..., i + h] = b * c + a * s
    return out.astype(x.dtype)


def _relative_property(got, expected, case):
    """Independent of the reference: scores depend only on m - n and survive a shift."""
    if not (isinstance(got, (tuple, list)) and len(got) == 2
            and all(isinstance(g, Tensor) for g in got)):
        raise checkers.Mismatch("apply_rope must return tensors")
    s, s_shift = (np.asarray(g.array, dtype=np.float64) for g in got)
    q, k, positions = case.args[0], case.args[1], np.asarray(case.args[2])
    diff = positions[:, None] - positions[None, :]
    for d in np.unique(diff):
        vals = s[diff == d]
        if np.ptp(vals) > 1e-8 * max(1.0, np.abs(vals).max()):
            raise checkers.Mismatch(
                f"<rope(q, m), rope(k, n)> must depend only on m - n, but for m - n = {d} the "
                f"scores range from {vals.min():.6g} to {vals.max():.6g}: the pairs are not "
                f"rotated consistently")
    if np.abs(s - s_shift).max() > 1e-8 * max(1.0, np.abs(s).max()):
        raise checkers.Mismatch("shifting every position by the same amount changed the scores")
    if abs(s[0, 0] - float(q @ k)) > 1e-8 * max(1.0, abs(float(q @ k))):
        raise checkers.Mismatch(f"q and k at the same position must keep their dot product "
                                f"{float(q @ k):.6g}, got {s[0, 0]:.6g}: not a rotation")


def cases(rng):
    c1, s1, c2, s2 = math.cos(1.0), math.sin(1.0), math.cos(0.01), math.sin(0.01)
    x = np.array([[[[1.0, 2.0, 3.0, 4.0]]]])
    yield Case("hand_worked_d4", (x, np.array([1])),
               expected=tensor(np.array([[[[1 * c1 - 3 * s1, 2 * c2 - 4 * s2,
                                            3 * c1 + 1 * s1, 4 * c2 + 2 * s2]]]])),
               guards="half-split pairing (i, i + D/2), frequencies base^(-2i/D), "
                      "rotate_half = [-x2, x1]")
    x = np.tile(np.array([1.0, 0.0]), (1, 1, 3, 1))
    yield Case("hand_worked_d2", (x, np.array([0, 1, 2])),
               expected=tensor(np.array([[[[1.0, 0.0], [c1, s1],
                                           [math.cos(2.0), math.sin(2.0)]]]])),
               guards="position p rotates the first pair by exactly p radians")
    for i, (shape, base) in enumerate([((2, 3, 5, 8), 10000.0), ((1, 2, 7, 16), 10000.0)]):
        xi = rng.standard_normal(shape)
        pos = np.arange(shape[2])
        yield Case(f"random_{i}", (xi, pos, base), expected=tensor(_numpy_rope(xi, pos, base)))
    xi = rng.standard_normal((2, 2, 4, 8))
    pos = np.array([7, 8, 9, 10])
    yield Case("decoding_offset_positions", (xi, pos), expected=tensor(_numpy_rope(xi, pos)),
               guards="use the given positions (KV-cache offset), not arange(L)")
    xi = rng.standard_normal((1, 2, 6, 12))
    pos = np.array([0, 1, 2, 0, 1, 2])
    yield Case("packed_positions_restart", (xi, pos), expected=tensor(_numpy_rope(xi, pos)),
               guards="positions may restart at 0 inside a packed batch")
    xi = rng.standard_normal((1, 1, 5, 32))
    pos = np.array([3, 100, 2000, 4095, 12])
    yield Case("llama3_base", (xi, pos, 500000.0),
               expected=tensor(_numpy_rope(xi, pos, 500000.0)),
               guards="the base argument must be used (LLaMA 3 uses 500000)")
    xi = rng.standard_normal((2, 4, 9, 64)).astype(np.float32)
    pos = np.arange(40, 49)
    yield Case("float32_stays_float32", (xi, pos), check=COMPARE_F32,
               expected=tensor(_numpy_rope(xi, pos)),
               guards="output keeps the input dtype float32")
    q, k = rng.standard_normal(16), rng.standard_normal(16)
    positions = list(range(10))
    yield Case("relative_position_property", (q, k, positions, 37), probe="relative_scores",
               check=checkers.all_of(_relative_property, COMPARE),
               guards="<rope(q, m), rope(k, n)> depends only on m - n: each pair must be a "
                      "proper rotation with one angle for both of its components")
    xi = rng.standard_normal((2, 4, 64, 32))
    pos = np.arange(64)
    yield Case("medium_batch", (xi, pos), expected=tensor(_numpy_rope(xi, pos)))
