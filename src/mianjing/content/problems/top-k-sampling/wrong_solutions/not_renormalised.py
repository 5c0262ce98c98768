import numpy as np


def top_k_probs(logits, k, temperature=1.0):
    z = np.asarray(logits, dtype=np.float64) / temperature
    e = np.exp(z - z.max())
    p = e / e.sum()
    kth = np.sort(z)[-min(k, len(z))]
    return np.where(z >= kth, p, 0.0)


def sample_top_k(logits, k, rng, temperature=1.0):
    p = top_k_probs(logits, k, temperature)
    return int(rng.choice(len(p), p=p / p.sum()))
