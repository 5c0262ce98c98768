import numpy as np


def top_k_probs(logits, k, temperature=1.0):
    """float64 (V,): softmax(logits / temperature) over the k largest logits, 0 elsewhere."""
    raise NotImplementedError


def sample_top_k(logits, k, rng, temperature=1.0):
    """Draw one token id from top_k_probs(logits, k, temperature) using only rng."""
    raise NotImplementedError
