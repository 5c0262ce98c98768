import numpy as np


def temperature_probs(logits, temperature):
    """softmax(logits / temperature) as float64 (V,); temperature == 0 means greedy (one-hot)."""
    raise NotImplementedError


def sample_temperature(logits, temperature, rng):
    """Draw one token id from temperature_probs(logits, temperature) using only rng."""
    raise NotImplementedError
