import numpy as np


def sinusoidal_position_encoding(max_len: int, d_model: int) -> np.ndarray:
    """(max_len, d_model) float64 table: sin on even columns 2i, cos on odd columns 2i+1,
    frequency 10000 ** (-2i / d_model)."""
    raise NotImplementedError
