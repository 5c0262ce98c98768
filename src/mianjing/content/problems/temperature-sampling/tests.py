import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.allclose(rtol=1e-7, atol=1e-12)


def target_probs(logits, temperature):
    """Independent formula: exp(l / T) normalised via log-sum-exp; T = 0 is one-hot argmax."""
    logits = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        return (np.arange(len(logits)) == np.argmax(logits)).astype(np.float64)
    z = logits / temperature
    return np.exp(z - np.logaddexp.reduce(z))


def _counts_target(expected, case):
    logits, temperature = case.args[0], case.args[1]
    return target_probs(logits, temperature)


def cases(rng):
    base = np.array([2.0, 1.0, 0.0])
    yield Case("hand_worked_t1", (base, 1.0),
               expected=np.array([0.66524096, 0.24472847, 0.09003057]),
               check=checkers.allclose(rtol=1e-6, atol=1e-8))
    yield Case("hand_worked_t_half", (base, 0.5), expected=target_probs(base, 0.5),
               guards="dividing the logits by T (not multiplying) sharpens the distribution")
    yield Case("hand_worked_t2", (base, 2.0), expected=target_probs(base, 2.0),
               guards="temperature applied to the logits before the softmax, not to the "
                      "probabilities after it")
    yield Case("zero_temperature_is_greedy", (np.array([0.3, 2.5, -1.0, 2.4]), 0.0),
               expected=np.array([0.0, 1.0, 0.0, 0.0]),
               guards="T = 0 is the greedy limit: a one-hot argmax, not a division by zero")
    yield Case("zero_temperature_tie_smallest_id", (np.array([1.0, 3.0, 3.0]), 0),
               expected=np.array([0.0, 1.0, 0.0]))
    huge = np.array([1000.0, 999.0, 0.0, -1000.0])
    yield Case("huge_logits_small_temperature", (huge, 0.1), expected=target_probs(huge, 0.1),
               guards="stable softmax: 1000 / 0.1 = 10^4 overflows exp unless the max is "
                      "subtracted")
    yield Case("tiny_temperature", (np.array([0.5, 0.49, -3.0]), 1e-3),
               expected=target_probs(np.array([0.5, 0.49, -3.0]), 1e-3))
    yield Case("high_temperature_flattens", (np.array([4.0, 0.0, -4.0, 1.0]), 100.0),
               expected=target_probs(np.array([4.0, 0.0, -4.0, 1.0]), 100.0))
    for i in range(3):
        logits = rng.standard_normal(int(rng.integers(5, 60))) * 3
        t = float(rng.choice([0.3, 0.7, 1.0, 1.5, 3.0]))
        yield Case(f"random_{i}", (logits, t), expected=target_probs(logits, t))

    chi = checkers.chi_square(_counts_target)
    logits = np.log(np.array([0.3, 0.25, 0.2, 0.12, 0.08, 0.05]))
    for name, t, seed in [("sampling_t1", 1.0, 21), ("sampling_t_0_6", 0.6, 22),
                          ("sampling_t_1_8", 1.8, 23)]:
        yield Case(name, (logits, t, 6000, seed), probe="sample_counts", check=chi,
                   guards="samples follow softmax(logits / T); the input logits are reused "
                          "across calls, so they must not be modified in place")
    yield Case("sampling_t0_always_argmax", (np.array([0.1, 0.7, 0.2]), 0.0, 300, 24),
               probe="sample_counts", check=chi,
               guards="T = 0 samples the argmax every time")
    yield Case("sampling_uses_given_rng", (logits, 1.0, 5), probe="reproducible",
               expected=True, check=checkers.exact(),
               guards="drawing only from the rng argument (reproducible with a seed)")
