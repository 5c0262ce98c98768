import numpy as np


def temperature_probs(logits, temperature):
    logits = np.asarray(logits, dtype=np.float64)
    if temperature == 0:                      # the T -> 0 limit: all mass on the argmax
        probs = np.zeros_like(logits)
        probs[np.argmax(logits)] = 1.0
        return probs
    z = logits / temperature
    e = np.exp(z - np.max(z))
    return e / np.sum(e)


def sample_temperature(logits, temperature, rng):
    probs = temperature_probs(logits, temperature)
    return int(rng.choice(len(probs), p=probs))
