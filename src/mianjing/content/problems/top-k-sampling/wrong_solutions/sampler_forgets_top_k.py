import numpy as np


def top_k_probs(logits, k, temperature=1.0):
    z = np.asarray(logits, dtype=np.float64) / temperature
    kth = np.sort(z)[-min(k, len(z))]
    z = np.where(z >= kth, z, -np.inf)
    e = np.exp(z - z.max())
    return e / e.sum()


def sample_top_k(logits, k, rng, temperature=1.0):
    z = np.asarray(logits, dtype=np.float64) / temperature
    e = np.exp(z - z.max())
    return int(rng.choice(len(z), p=e / e.sum()))
