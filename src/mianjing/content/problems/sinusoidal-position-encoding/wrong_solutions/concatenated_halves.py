import numpy as np


def sinusoidal_position_encoding(max_len, d_model):
    # [sin | cos] blocks instead of interleaving them
    pos = np.arange(max_len, dtype=np.float64)[:, None]
    omega = 10000.0 ** (-np.arange(0, d_model, 2) / d_model)
    angle = pos * omega
    return np.concatenate([np.sin(angle), np.cos(angle)[:, : d_model // 2]], axis=1)
