import numpy as np


def top_k_probs(logits, k, temperature=1.0):
    z = np.asarray(logits, dtype=np.float64) / temperature
    kth = np.sort(z)[-k]
    z = np.where(z >= kth, z, -np.inf)
    e = np.exp(z - z.max())
    return e / e.sum()


def sample_top_k(logits, k, rng, temperature=1.0):
    p = top_k_probs(logits, k, temperature)
    return int(rng.choice(len(p), p=p))
