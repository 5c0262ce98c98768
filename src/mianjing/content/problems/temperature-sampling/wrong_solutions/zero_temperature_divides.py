import numpy as np


def temperature_probs(logits, temperature):
    z = np.asarray(logits, dtype=np.float64) / temperature
    e = np.exp(z - z.max())
    return e / e.sum()


def sample_temperature(logits, temperature, rng):
    p = temperature_probs(logits, temperature)
    return int(rng.choice(len(p), p=p))
