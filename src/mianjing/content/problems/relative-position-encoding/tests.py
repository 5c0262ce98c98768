import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-6, atol=1e-6)


def _index(length_q, length_k, K):
    dist = np.arange(length_k)[None, :] - np.arange(length_q)[:, None]
    return np.clip(dist, -K, K) + K


def _numpy_rel(table, length_q, length_k, K):
    return table[_index(length_q, length_k, K)]


def _table(rng, K, units):
    return rng.standard_normal((2 * K + 1, units)).astype(np.float32)


def cases(rng):
    table = np.arange(-2, 3, dtype=np.float32)[:, None]
    yield Case("hand_worked_K2", (1, 2, table, 3, 5), probe="forward",
               expected=tensor(np.array([[0, 1, 2, 2, 2],
                                         [-1, 0, 1, 2, 2],
                                         [-2, -1, 0, 1, 2]], dtype=np.float32)[:, :, None]),
               guards="distance is key minus query (j - i), clipped to [-K, K], row = distance + K")
    for i, (K, units, lq, lk) in enumerate([(3, 8, 7, 7), (4, 16, 10, 6), (2, 5, 4, 12)]):
        t = _table(rng, K, units)
        yield Case(f"random_{i}_K{K}_{lq}x{lk}", (units, K, t, lq, lk), probe="forward",
                   expected=tensor(_numpy_rel(t, lq, lk, K)),
                   guards="clipping both far-left and far-right distances")
    t = _table(rng, 8, 6)
    yield Case("K_larger_than_lengths", (6, 8, t, 5, 4), probe="forward",
               expected=tensor(_numpy_rel(t, 5, 4, 8)),
               guards="no clipping happens, but the row offset is still +K")
    t = _table(rng, 0, 3)
    yield Case("K_zero", (3, 0, t, 3, 4), probe="forward",
               expected=tensor(_numpy_rel(t, 3, 4, 0)),
               guards="K = 0: a (1, num_units) table shared by every pair")
    t = _table(rng, 3, 4)
    yield Case("single_query_decoding", (4, 3, t, 1, 9), probe="forward",
               expected=tensor(_numpy_rel(t, 1, 9, 3)),
               guards="length_q = 1 (one decoding step) against many keys")
    t, g = _table(rng, 2, 3), rng.standard_normal((6, 5, 3)).astype(np.float32)
    grad = np.zeros_like(t)
    np.add.at(grad, _index(6, 5, 2), g)
    yield Case("table_gets_gradient", (3, 2, t, 6, 5, g), probe="grad",
               expected=tensor(grad), check=checkers.allclose(rtol=1e-5, atol=1e-5),
               guards="gradients accumulate into every row a pair uses; the table must stay "
                      "in the autograd graph")
    t = _table(rng, 64, 4)
    yield Case("long_sequences_vectorised", (4, 64, t, 1024, 1024), probe="forward_summary",
               timed=True, time_factor=4.0, check=checkers.allclose(rtol=1e-5, atol=1e-4),
               guards="a broadcast index matrix instead of a Python loop over every (i, j)")
