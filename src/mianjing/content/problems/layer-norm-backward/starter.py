import numpy as np


def layer_norm_forward(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray,
                       eps: float = 1e-5) -> tuple[np.ndarray, object]:
    """x: (..., D); gamma, beta: (D,). Returns (out, cache); cache is yours to design."""
    raise NotImplementedError


def layer_norm_backward(dout: np.ndarray, cache: object
                        ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """dout: dL/dout, same shape as x. Returns (dx, dgamma, dbeta)."""
    raise NotImplementedError
