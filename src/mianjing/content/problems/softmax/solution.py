import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    # Shifting by the max leaves the ratios e^{x_i}/e^{x_j} unchanged and keeps exp() <= 1.
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)
