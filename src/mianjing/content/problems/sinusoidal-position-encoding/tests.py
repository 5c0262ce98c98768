import math

import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.allclose(rtol=1e-7, atol=1e-9)
# sin/cos dominate even in the reference: a Python double loop is only ~20x slower
TIME_FACTOR = 4.0


def _numpy_pe(max_len, d_model):
    """Column by column: column j uses pair i = j // 2, sin if j is even, cos if odd."""
    j = np.arange(d_model)
    omega = np.exp(-math.log(10000.0) * (2 * (j // 2)) / d_model)
    angle = np.arange(max_len)[:, None] * omega[None, :]
    return np.where(j % 2 == 0, np.sin(angle), np.cos(angle))


def cases(rng):
    s, c = math.sin, math.cos
    yield Case("hand_worked_3x4", (3, 4), expected=np.array([
        [0.0, 1.0, 0.0, 1.0],
        [s(1.0), c(1.0), s(0.01), c(0.01)],
        [s(2.0), c(2.0), s(0.02), c(0.02)],
    ]), guards="sin on even columns, cos on odd ones, interleaved; frequencies 1 and 0.01")
    yield Case("odd_d_model_3", (3, 3), expected=_numpy_pe(3, 3),
               guards="odd d_model: the last column is a sin with exponent (d-1)/d, no cos partner")
    yield Case("odd_d_model_7", (12, 7), expected=_numpy_pe(12, 7),
               guards="odd d_model: the denominator stays d_model (no padding to d_model + 1)")
    yield Case("d_model_1", (5, 1), expected=np.sin(np.arange(5.0))[:, None],
               guards="a single column is sin(pos)")
    yield Case("max_len_1", (1, 6), expected=np.array([[0.0, 1.0, 0.0, 1.0, 0.0, 1.0]]),
               guards="position numbering starts at 0: sin(0) = 0, cos(0) = 1")
    for max_len, d_model in [(50, 16), (128, 64), (20, 10), (33, 9)]:
        yield Case(f"random_size_{max_len}x{d_model}", (max_len, d_model),
                   expected=_numpy_pe(max_len, d_model))
    yield Case("long_sequence_2048x32", (2048, 32), expected=_numpy_pe(2048, 32),
               guards="each sin/cos pair shares one frequency 10000^(-2i/d), per pair not per column")
    yield Case("large_table_vectorised", (4096, 512), timed=True, digest=True,
               guards="vectorised NumPy instead of a Python loop over every (pos, j)")
