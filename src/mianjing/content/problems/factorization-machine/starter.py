import numpy as np


def fm_predict(X: np.ndarray, w0: float, w: np.ndarray, V: np.ndarray) -> np.ndarray:
    """Second-order factorization machine scores, shape (N,), in O(k·n) per row."""
    raise NotImplementedError
