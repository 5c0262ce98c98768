import numpy as np


def kmeans(X: np.ndarray, k: int, max_iters: int = 100,
           seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Lloyd's k-means; returns (centroids (k, D) float64, labels (N,) int64)."""
    raise NotImplementedError
