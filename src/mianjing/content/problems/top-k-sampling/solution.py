import numpy as np


def top_k_probs(logits, k, temperature=1.0):
    z = np.asarray(logits, dtype=np.float64) / temperature
    k = min(k, len(z))
    kth = np.partition(z, len(z) - k)[len(z) - k]          # the k-th largest value
    z = np.where(z >= kth, z, -np.inf)                      # ties with the k-th are kept
    e = np.exp(z - np.max(z))
    return e / np.sum(e)


def sample_top_k(logits, k, rng, temperature=1.0):
    probs = top_k_probs(logits, k, temperature)
    return int(rng.choice(len(probs), p=probs))
