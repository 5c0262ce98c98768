import numpy as np


def top_p_probs(logits: np.ndarray, p: float, temperature: float = 1.0) -> np.ndarray:
    """Renormalised probabilities over the nucleus (zeros outside it)."""
    raise NotImplementedError


def sample_top_p(logits: np.ndarray, p: float, rng: np.random.Generator, temperature: float = 1.0) -> int:
    """One token id drawn from top_p_probs(...) using only rng."""
    raise NotImplementedError
