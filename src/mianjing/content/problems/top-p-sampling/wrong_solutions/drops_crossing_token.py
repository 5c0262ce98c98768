import numpy as np


def top_p_probs(logits, p, temperature=1.0):
    z = logits / temperature
    probs = np.exp(z - z.max())
    probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")
    cumulative = np.cumsum(probs[order])
    keep = order[cumulative < p]
    if len(keep) == 0:
        keep = order[:1]
    out = np.zeros_like(probs)
    out[keep] = probs[keep]
    return out / out.sum()


def sample_top_p(logits, p, rng, temperature=1.0):
    probs = top_p_probs(logits, p, temperature)
    return int(rng.choice(len(probs), p=probs))
