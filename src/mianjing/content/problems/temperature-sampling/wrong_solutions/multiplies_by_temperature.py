import numpy as np


def temperature_probs(logits, temperature):
    logits = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        probs = np.zeros_like(logits)
        probs[np.argmax(logits)] = 1.0
        return probs
    z = logits * temperature
    e = np.exp(z - z.max())
    return e / e.sum()


def sample_temperature(logits, temperature, rng):
    p = temperature_probs(logits, temperature)
    return int(rng.choice(len(p), p=p))
