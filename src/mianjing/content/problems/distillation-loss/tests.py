import math

import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-12)
COMPARE_F32 = checkers.allclose(rtol=1e-5, atol=1e-6)


def _log_softmax(z):
    z = z - z.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def _numpy_loss(s, t, y, T, alpha):
    log_q, log_p = _log_softmax(s / T), _log_softmax(t / T)
    kl = np.mean(np.sum(np.exp(log_p) * (log_p - log_q), axis=-1))
    ce = -np.mean(_log_softmax(s)[np.arange(len(y)), y])
    return alpha * T**2 * kl + (1 - alpha) * ce


def _numpy_grad(s, t, y, T, alpha):
    N = s.shape[0]
    q, p = np.exp(_log_softmax(s / T)), np.exp(_log_softmax(t / T))
    onehot = np.eye(s.shape[1])[y]
    return alpha * T * (q - p) / N + (1 - alpha) * (np.exp(_log_softmax(s)) - onehot) / N


def _case(name, s, t, y, T, alpha, **kw):
    return Case(name, (s, t, y, T, alpha),
                expected=tensor(np.asarray(_numpy_loss(s, t, y, T, alpha), dtype=s.dtype)), **kw)


def cases(rng):
    s = np.array([[0.0, math.log(3.0)]])
    t = np.array([[0.0, 0.0]])
    y = np.array([0])
    yield Case("hand_worked", (s, t, y, 1.0, 0.5), expected=tensor(np.array(0.7650676986728905)),
               guards="KL(teacher || student) plus cross-entropy on the hard label")
    for i, (N, C, T, alpha) in enumerate([(4, 5, 2.0, 0.5), (8, 10, 4.0, 0.9), (3, 7, 0.5, 0.3)]):
        s, t = rng.standard_normal((N, C)) * 2, rng.standard_normal((N, C)) * 2
        yield _case(f"random_{i}_T{T:g}_alpha{alpha:g}", s, t, rng.integers(0, C, N), T, alpha,
                    guards="the soft term is multiplied by T^2")
    s, t = rng.standard_normal((6, 8)), rng.standard_normal((6, 8)) * 3
    yield _case("pure_distillation_alpha_1", s, t, rng.integers(0, 8, 6), 3.0, 1.0,
                guards="KL direction: the teacher distribution comes first, KL(p_teacher || q_student)")
    s, t = rng.standard_normal((6, 8)) * 2, rng.standard_normal((6, 8))
    yield _case("pure_hard_label_alpha_0", s, t, rng.integers(0, 8, 6), 5.0, 0.0,
                guards="the cross-entropy uses the student logits at temperature 1, without T^2")
    s, t = rng.standard_normal((16, 100)), rng.standard_normal((16, 100))
    yield _case("many_classes_batchmean", s, t, rng.integers(0, 100, 16), 2.0, 0.7,
                guards="KL is summed over classes and averaged over the batch (batchmean), "
                       "not averaged over N * C elements")
    s = rng.standard_normal((3, 6))
    yield _case("teacher_equals_student", s, s.copy(), rng.integers(0, 6, 3), 2.0, 0.4)
    s = np.array([[0.0, -2000.0, 5.0], [1500.0, 0.0, -800.0]])
    t = np.array([[0.0, -5.0, 1.0], [0.0, -3000.0, 2.0]])
    yield _case("extreme_logits_stable", s, t, np.array([1, 2]), 1.0, 0.5,
                guards="log_softmax instead of log(softmax): no inf or nan when probabilities "
                       "underflow, and a zero teacher probability contributes 0")
    s32 = (rng.standard_normal((5, 9)) * 2).astype(np.float32)
    t32 = (rng.standard_normal((5, 9)) * 2).astype(np.float32)
    yield _case("float32_stays_float32", s32, t32, rng.integers(0, 9, 5), 2.0, 0.5,
                check=COMPARE_F32, guards="returns a 0-dim tensor in the logits' dtype")
    s, t = rng.standard_normal((5, 6)) * 2, rng.standard_normal((5, 6)) * 2
    y = rng.integers(0, 6, 5)
    yield Case("gradients", (s, t, y, 3.0, 0.6), probe="grad",
               expected=(tensor(_numpy_grad(s, t, y, 3.0, 0.6)), tensor(np.zeros_like(t))),
               check=checkers.allclose(rtol=1e-8, atol=1e-12),
               guards="gradient alpha*T*(q - p)/N + (1 - alpha)*(softmax(s) - onehot)/N for the "
                      "student; the teacher must be detached (zero gradient)")
