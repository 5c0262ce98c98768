import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-5, atol=1e-6)


def _numpy_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    w = np.exp(scores)
    w /= w.sum(axis=-1, keepdims=True)
    return w @ v


def cases(rng):
    q = np.array([[1.0]])
    k = np.array([[1.0], [0.0]])
    v = np.array([[10.0], [20.0]])
    yield Case("hand_worked", (q, k, v), expected=tensor(_numpy_attention(q, k, v)))
    yield Case("hand_worked_masked", (q, k, v, np.array([[False, True]])),
               expected=tensor(np.array([[20.0]])),
               guards="mask semantics: True means the key may be attended")
    for i, shape in enumerate([(2, 5, 8), (2, 3, 6, 16)]):
        qi = rng.standard_normal(shape)
        ki = rng.standard_normal(shape[:-2] + (7, shape[-1]))
        vi = rng.standard_normal(shape[:-2] + (7, 5))
        yield Case(f"random_batched_{i}", (qi, ki, vi),
                   expected=tensor(_numpy_attention(qi, ki, vi)))
    d = 64
    qd = rng.standard_normal((2, 4, d))
    kd = rng.standard_normal((2, 6, d))
    vd = rng.standard_normal((2, 6, 3))
    yield Case("large_head_dim", (qd, kd, vd), guards="scaling by sqrt(d), not d and not 1")
    L = 6
    causal = np.tril(np.ones((L, L), dtype=bool))
    qc, kc, vc = (rng.standard_normal((3, L, 8)) for _ in range(3))
    yield Case("causal_mask_broadcast", (qc, kc, vc, causal),
               expected=tensor(_numpy_attention(qc, kc, vc, causal)),
               guards="a (Lq, Lk) mask broadcast over the batch, applied before softmax")
    pad = np.ones((2, 1, 5), dtype=bool)
    pad[0, 0, 3:] = False
    qp, kp, vp = (rng.standard_normal((2, 4, 8)), rng.standard_normal((2, 5, 8)),
                  rng.standard_normal((2, 5, 8)))
    yield Case("padding_mask", (qp, kp, vp, pad),
               expected=tensor(_numpy_attention(qp, kp, vp, pad)),
               guards="padding keys must get exactly zero weight")
    q32 = rng.standard_normal((2, 5, 16)).astype(np.float32)
    k32 = rng.standard_normal((2, 9, 16)).astype(np.float32)
    v32 = rng.standard_normal((2, 9, 4)).astype(np.float32)
    yield Case("cross_attention_float32", (q32, k32, v32),
               guards="Lq != Lk and dv != d; keeping float32")
    yield Case("large_scores", (rng.standard_normal((1, 3, 4)) * 300, rng.standard_normal((1, 3, 4)) * 300,
                                rng.standard_normal((1, 3, 2))),
               guards="numerical stability of the softmax with large scores")

