import numpy as np


def top_p_probs(logits, p, temperature=1.0):
    z = logits / temperature
    probs = np.exp(z - z.max())
    probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")
    n_keep = int(np.searchsorted(np.cumsum(probs[order]), p)) + 1
    out = np.zeros_like(probs)
    out[order[:n_keep]] = probs[order[:n_keep]]
    return out


def sample_top_p(logits, p, rng, temperature=1.0):
    probs = top_p_probs(logits, p, temperature)
    return int(rng.choice(len(probs), p=probs / probs.sum()))
