import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-12, dtype="any")
CLIPPED = checkers.allclose(rtol=1e-5, atol=1e-9, dtype="any")
TIME_FACTOR = 8.0


def _ce(logits, labels):
    """Independent formula: logsumexp by np.logaddexp.reduce (never overflows)."""
    lse = np.logaddexp.reduce(logits, axis=1)
    return float(np.mean(lse - logits[np.arange(len(labels)), labels]))


def cases(rng):
    # --- cross_entropy ---
    yield Case("ce_hand_worked", (np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]),
                                  np.array([2, 0])),
               expected=0.753109126556245,
               guards="loss = logsumexp(z) - z[label], averaged over the batch")
    for i, (n, c) in enumerate([(5, 3), (8, 10), (1, 7)]):
        logits, labels = rng.standard_normal((n, c)) * 2, rng.integers(0, c, n)
        yield Case(f"ce_random_{i}", (logits, labels), expected=_ce(logits, labels),
                   guards="mean over the batch, not the sum")
    sq = rng.standard_normal((4, 4))
    yield Case("ce_square_logits_gather_per_row", (sq, np.array([3, 0, 0, 2])),
               expected=_ce(sq, np.array([3, 0, 0, 2])),
               guards="pick logits[i, labels[i]] per row, not the column logits[:, labels]")
    big = np.array([[1000.0, 1001.0, 1002.0], [-1000.0, 0.0, 1000.0]])
    yield Case("ce_large_logits", (big, np.array([0, 1])), expected=501.2038029822222,
               guards="exp(1000) overflows unless the row max is subtracted first")
    yield Case("ce_far_losing_class", (np.array([[1000.0, 0.0], [0.0, -800.0]]),
                                       np.array([1, 1])),
               expected=900.0,
               guards="log(softmax + 1e-12) caps the loss at 27.6; use log-softmax directly")
    yield Case("ce_single_class", (np.array([[3.5], [-2.0]]), np.array([0, 0])), expected=0.0)
    yield Case("ce_large_batch_vectorised",
               (Generated("normal", (100000, 10), seed=3, params={"scale": 3.0}),
                Generated("integers", (100000,), seed=4, params={"low": 0, "high": 10})),
               timed=True, guards="vectorised NumPy, no Python loop over samples")

    # --- binary_cross_entropy ---
    yield Case("bce_hand_worked", (np.array([0.5, 0.8]), np.array([1.0, 0.0])),
               call="binary_cross_entropy", expected=1.151292546497023,
               guards="-(log 0.5 + log 0.2) / 2")
    for i, shape in enumerate([(6,), (3, 4)]):
        p = rng.uniform(0.01, 0.99, shape)
        t = rng.integers(0, 2, shape).astype(np.float64)
        yield Case(f"bce_random_{i}", (p, t), call="binary_cross_entropy",
                   expected=float(-np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))),
                   guards="mean over every element, any shape")
    ps, ts = rng.uniform(0.05, 0.95, 8), rng.uniform(0, 1, 8)
    yield Case("bce_soft_targets", (ps, ts), call="binary_cross_entropy",
               expected=float(-np.mean(ts * np.log(ps) + (1 - ts) * np.log(1 - ps))),
               guards="targets may be soft labels in [0, 1]: use t*log p + (1-t)*log(1-p)")
    yield Case("bce_exact_zero_and_one",
               (np.array([0.0, 1.0, 0.0, 1.0]), np.array([0.0, 1.0, 1.0, 0.0])),
               call="binary_cross_entropy", expected=float(2 * -np.log(1e-12) / 4),
               check=CLIPPED,
               guards="probabilities of exactly 0 or 1: clip to [1e-12, 1 - 1e-12] before log "
                      "(no inf/nan, and not a larger eps such as 1e-7)")
    yield Case("bce_large_vectorised",
               (Generated("uniform", (300000,), seed=5),
                Generated("integers", (300000,), seed=6, params={"low": 0, "high": 2})),
               call="binary_cross_entropy", timed=True,
               guards="vectorised NumPy, no Python loop over elements")
