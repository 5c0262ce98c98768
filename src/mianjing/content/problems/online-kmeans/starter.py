import numpy as np


class OnlineKMeans:
    def __init__(self, k: int, seed: int = 0):
        """Attributes: centroids (k, D) float64, counts (k,) int64."""
        raise NotImplementedError

    def partial_fit(self, batch: np.ndarray) -> "OnlineKMeans":
        """Consume the rows of batch (n, D) one at a time, in order; return self."""
        raise NotImplementedError

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Index of the nearest centroid for each row of X (N, D), int64 of shape (N,)."""
        raise NotImplementedError
