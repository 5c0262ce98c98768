import numpy as np


def sinusoidal_position_encoding(max_len, d_model):
    pos = np.arange(1, max_len + 1, dtype=np.float64)[:, None]
    omega = 10000.0 ** (-np.arange(0, d_model, 2) / d_model)
    pe = np.empty((max_len, d_model))
    pe[:, 0::2] = np.sin(pos * omega)
    pe[:, 1::2] = np.cos(pos * omega)[:, : d_model // 2]
    return pe
