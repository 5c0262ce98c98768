import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.allclose(rtol=1e-7, atol=1e-10)


def nucleus(logits, p, temperature=1.0):
    """Independent formulation: keep token i when the mass strictly ahead of it is < p."""
    z = np.asarray(logits, dtype=np.float64) / temperature
    probs = np.exp(z - z.max())
    probs /= probs.sum()
    order = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
    kept = np.zeros_like(probs)
    mass_before = 0.0
    for i in order:
        if mass_before >= p:
            break
        kept[i] = probs[i]
        mass_before += probs[i]
    return kept / kept.sum()


def _counts_target(expected, case):
    logits, p, temperature = case.args[0], case.args[1], case.args[2]
    return nucleus(logits, p, temperature)


def cases(rng):
    base = np.log(np.array([0.5, 0.3, 0.2]))
    yield Case("hand_worked_crossing_token_kept", (base, 0.7),
               expected=np.array([0.625, 0.375, 0.0]),
               guards="the token whose cumulative mass crosses p belongs to the nucleus")
    yield Case("hand_worked_small_p", (base, 0.4), expected=np.array([1.0, 0.0, 0.0]))
    yield Case("top_token_always_kept", (np.array([2.0, 1.0, 0.5, -1.0]), 1e-9),
               expected=np.array([1.0, 0.0, 0.0, 0.0]))
    shuffled = np.log(np.array([0.05, 0.4, 0.1, 0.3, 0.15]))
    yield Case("unsorted_vocabulary", (shuffled, 0.8),
               expected=nucleus(shuffled, 0.8),
               guards="scattering kept probabilities back to the original token ids")
    yield Case("p_equal_one_keeps_everything", (shuffled, 1.0), expected=nucleus(shuffled, 1.0))
    for i in range(3):
        logits = rng.standard_normal(50) * 2
        yield Case(f"random_vocab_{i}", (logits, float(rng.uniform(0.5, 0.95))),
                   {"temperature": float(rng.choice([0.7, 1.0, 1.5]))})
    t_logits = rng.standard_normal(20)
    yield Case("temperature_before_softmax", (t_logits, 0.9), {"temperature": 0.5},
               expected=nucleus(t_logits, 0.9, 0.5),
               guards="dividing the logits by the temperature before the softmax")
    yield Case("huge_logits", (np.array([1000.0, 999.0, 990.0, 0.0]), 0.95),
               expected=nucleus(np.array([1000.0, 999.0, 990.0, 0.0]), 0.95),
               guards="stable softmax: exp(1000) overflows")
    tie = np.log(np.array([0.3, 0.3, 0.3, 0.1]))
    yield Case("ties_inside_nucleus", (tie, 0.85), expected=nucleus(tie, 0.85))

    sample_logits = np.log(np.array([0.35, 0.25, 0.15, 0.1, 0.08, 0.07]))
    chi = checkers.chi_square(_counts_target)
    yield Case("sampling_distribution", (sample_logits, 0.8, 1.0, 8000, 11),
               probe="sample_counts", check=chi,
               guards="samples follow the renormalised nucleus, never outside it")
    yield Case("sampling_with_temperature", (sample_logits, 0.9, 0.6, 8000, 12),
               probe="sample_counts", check=chi)
    yield Case("sampling_uses_given_rng", (sample_logits, 0.9, 5), probe="reproducible",
               expected=True, check=checkers.exact(),
               guards="sampling only through the rng argument (reproducible runs)")
