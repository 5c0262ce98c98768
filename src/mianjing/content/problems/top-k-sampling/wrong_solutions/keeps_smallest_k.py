import numpy as np


def top_k_probs(logits, k, temperature=1.0):
    z = np.asarray(logits, dtype=np.float64) / temperature
    idx = np.argsort(z)[:k]
    out = np.zeros_like(z)
    e = np.exp(z[idx] - z[idx].max())
    out[idx] = e / e.sum()
    return out


def sample_top_k(logits, k, rng, temperature=1.0):
    p = top_k_probs(logits, k, temperature)
    return int(rng.choice(len(p), p=p))
