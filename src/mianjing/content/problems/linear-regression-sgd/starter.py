import numpy as np


def fit_linear_regression_sgd(X: np.ndarray, y: np.ndarray, lr: float = 0.01, epochs: int = 100,
                              batch_size: int = 1, seed: int = 0) -> tuple[np.ndarray, float]:
    """Fit y ≈ X @ w + b by mini-batch SGD on the loss 1/(2B) Σ (x·w + b − y)²; return (w, b)."""
    raise NotImplementedError
