import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.allclose(rtol=1e-7, atol=1e-12)


def target_probs(logits, k, temperature=1.0):
    """Independent formula: rank by value, keep everything tied with the k-th largest."""
    z = np.asarray(logits, dtype=np.float64) / temperature
    kth = sorted(z, reverse=True)[min(k, len(z)) - 1]
    keep = z >= kth
    out = np.zeros_like(z)
    out[keep] = np.exp(z[keep] - np.logaddexp.reduce(z[keep]))
    return out


def _counts_target(expected, case):
    logits, k, temperature = case.args[0], case.args[1], case.args[2]
    return target_probs(logits, k, temperature)


def cases(rng):
    base = np.array([3.0, 1.0, 2.0, 0.5])
    yield Case("hand_worked", (base, 2), expected=np.array([0.73105858, 0.0, 0.26894142, 0.0]),
               check=checkers.allclose(rtol=1e-6, atol=1e-8),
               guards="keep the k LARGEST logits, renormalise over them, zeros elsewhere")
    yield Case("hand_worked_temperature", (base, 2), {"temperature": 0.5},
               expected=np.array([0.88079708, 0.0, 0.11920292, 0.0]),
               check=checkers.allclose(rtol=1e-6, atol=1e-8),
               guards="dividing the logits by the temperature before the softmax")
    yield Case("k_one_is_greedy", (base, 1), expected=np.array([1.0, 0.0, 0.0, 0.0]))
    yield Case("k_equals_vocab", (base, 4), expected=target_probs(base, 4))
    yield Case("k_larger_than_vocab", (base, 10), expected=target_probs(base, 10),
               guards="k > V keeps the whole vocabulary instead of indexing out of range")
    tie = np.array([1.0, 2.0, 2.0, 0.0, 2.0])
    yield Case("ties_at_the_kth_value_are_kept", (tie, 2),
               expected=np.array([0.0, 1 / 3, 1 / 3, 0.0, 1 / 3]),
               guards="every token whose logit equals the k-th largest is kept")
    mixed = np.array([-2.0, -1.0, -5.0, -0.5, -3.0])
    yield Case("negative_logits", (mixed, 3), expected=target_probs(mixed, 3),
               guards="masked tokens get -inf (probability exactly 0), not logit 0")
    huge = np.array([1000.0, 998.0, 10.0, 999.5, -1000.0])
    yield Case("huge_logits", (huge, 3), {"temperature": 0.2},
               expected=target_probs(huge, 3, 0.2),
               guards="stable softmax after masking: exp(5000) overflows")
    for i in range(3):
        logits = rng.standard_normal(int(rng.integers(8, 80))) * 2
        k = int(rng.integers(2, 8))
        t = float(rng.choice([0.5, 1.0, 1.7]))
        yield Case(f"random_{i}", (logits, k), {"temperature": t},
                   expected=target_probs(logits, k, t))

    chi = checkers.chi_square(_counts_target)
    logits = np.log(np.array([0.05, 0.3, 0.1, 0.25, 0.18, 0.12]))
    yield Case("sampling_k3", (logits, 3, 1.0, 6000, 31), probe="sample_counts", check=chi,
               guards="samples follow the renormalised top-k distribution, never outside it")
    yield Case("sampling_k4_temperature", (logits, 4, 0.7, 6000, 32), probe="sample_counts",
               check=chi)
    yield Case("sampling_k_all", (logits, 6, 1.5, 6000, 33), probe="sample_counts", check=chi)
    yield Case("sampling_uses_given_rng", (logits, 4, 5), probe="reproducible",
               expected=True, check=checkers.exact(),
               guards="drawing only from the rng argument (reproducible with a seed)")
