import numpy as np


def temperature_probs(logits, temperature):
    if temperature == 0:
        probs = np.zeros(len(logits))
        probs[np.argmax(logits)] = 1.0
        return probs
    logits /= temperature
    e = np.exp(logits - logits.max())
    return e / e.sum()


def sample_temperature(logits, temperature, rng):
    p = temperature_probs(logits, temperature)
    return int(rng.choice(len(p), p=p))
