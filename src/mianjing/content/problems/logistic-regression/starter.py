import numpy as np


def logistic_gradient(w: np.ndarray, b: float, X: np.ndarray,
                      y: np.ndarray) -> tuple[np.ndarray, float]:
    """Gradient (dw, db) of the mean binary cross-entropy of sigmoid(X @ w + b) against y."""
    raise NotImplementedError


class LogisticRegression:
    def __init__(self, lr: float = 0.1, epochs: int = 1000):
        raise NotImplementedError

    def fit(self, X: np.ndarray, y: np.ndarray) -> "LogisticRegression":
        """Full-batch gradient descent from w = 0, b = 0; returns self."""
        raise NotImplementedError

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """P(y = 1 | x) for each row, shape (N,)."""
        raise NotImplementedError

    def predict(self, X: np.ndarray) -> np.ndarray:
        """0/1 labels (int64), 1 where the probability is >= 0.5."""
        raise NotImplementedError
