import numpy as np


def top_p_probs(logits, p, temperature=1.0):
    z = logits / temperature
    probs = np.exp(z - z.max())
    probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")  # descending, ties by index
    cumulative = np.cumsum(probs[order])
    # The nucleus ends at the first token whose cumulative mass reaches p (that token stays).
    n_keep = int(np.searchsorted(cumulative, p)) + 1
    kept = np.zeros_like(probs)
    kept[order[:n_keep]] = probs[order[:n_keep]]
    return kept / kept.sum()


def sample_top_p(logits, p, rng, temperature=1.0):
    probs = top_p_probs(logits, p, temperature)
    return int(rng.choice(len(probs), p=probs))
