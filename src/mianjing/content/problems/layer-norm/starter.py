import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Normalise over the last axis (biased variance), then scale by gamma and shift by beta."""
    raise NotImplementedError
