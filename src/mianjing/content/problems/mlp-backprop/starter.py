import numpy as np


class MLP:
    def __init__(self, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray):
        """W1 (D, H), b1 (H,), W2 (H, C), b2 (C,); keep them as attributes W1, b1, W2, b2."""
        raise NotImplementedError

    def forward(self, X: np.ndarray, y: np.ndarray) -> float:
        """X (N, D), y (N,) int labels. Mean softmax cross-entropy; cache what backward needs."""
        raise NotImplementedError

    def backward(self) -> dict[str, np.ndarray]:
        """Gradients of the last forward's loss: {"W1", "b1", "W2", "b2"}, shaped like them."""
        raise NotImplementedError

    def train_step(self, lr: float) -> None:
        """One SGD step with the gradients of the last backward(): p -= lr * grad."""
        raise NotImplementedError
