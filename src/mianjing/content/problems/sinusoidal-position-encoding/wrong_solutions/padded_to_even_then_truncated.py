import numpy as np


def sinusoidal_position_encoding(max_len, d_model):
    d = d_model + d_model % 2           # round up to even, then cut the extra column
    pos = np.arange(max_len, dtype=np.float64)[:, None]
    omega = 10000.0 ** (-np.arange(0, d, 2) / d)
    pe = np.empty((max_len, d))
    pe[:, 0::2] = np.sin(pos * omega)
    pe[:, 1::2] = np.cos(pos * omega)
    return pe[:, :d_model]
