import numpy as np


class BatchNorm1d:
    def __init__(self, num_features: int, momentum: float = 0.1, eps: float = 1e-5):
        """Set gamma, beta, running_mean, running_var (each shape (C,), float64)."""
        raise NotImplementedError

    def forward(self, x: np.ndarray, training: bool = True) -> np.ndarray:
        """x: (N, C) or (N, C, L). Returns an array of the same shape."""
        raise NotImplementedError
