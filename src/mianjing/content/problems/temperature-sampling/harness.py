import numpy as np


def probe_sample_counts(sub, logits, temperature, draws, seed):
    """How often each token is drawn over many calls sharing one seeded generator."""
    rng = np.random.default_rng(seed)
    counts = np.zeros(len(logits), dtype=np.int64)
    for _ in range(draws):
        counts[int(sub.sample_temperature(logits, temperature, rng))] += 1
    return counts


def probe_reproducible(sub, logits, temperature, seed):
    """Whether two generators with the same seed give the same 40 tokens."""
    rng_a, rng_b = np.random.default_rng(seed), np.random.default_rng(seed)
    seq_a = [int(sub.sample_temperature(logits, temperature, rng_a)) for _ in range(40)]
    seq_b = [int(sub.sample_temperature(logits, temperature, rng_b)) for _ in range(40)]
    return seq_a == seq_b
