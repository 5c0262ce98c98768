import numpy as np


def lstm_forward(x: np.ndarray, h0: np.ndarray, c0: np.ndarray, W_ih: np.ndarray,
                 W_hh: np.ndarray, b_ih: np.ndarray, b_hh: np.ndarray
                 ) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """x (L, N, H_in), h0/c0 (N, H) -> (outputs (L, N, H), (h_n, c_n) each (N, H))."""
    raise NotImplementedError
