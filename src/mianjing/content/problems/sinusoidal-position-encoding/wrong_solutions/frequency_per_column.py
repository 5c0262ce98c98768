import numpy as np


def sinusoidal_position_encoding(max_len, d_model):
    # uses the column index j instead of the pair index 2 * (j // 2)
    pos = np.arange(max_len, dtype=np.float64)[:, None]
    j = np.arange(d_model)
    angle = pos / 10000.0 ** (j / d_model)
    return np.where(j % 2 == 0, np.sin(angle), np.cos(angle))
