import numpy as np


def sinusoidal_position_encoding(max_len: int, d_model: int) -> np.ndarray:
    pos = np.arange(max_len, dtype=np.float64)[:, None]        # (max_len, 1)
    two_i = np.arange(0, d_model, 2, dtype=np.float64)         # 0, 2, 4, ...: ceil(d/2) pairs
    omega = 10000.0 ** (-two_i / d_model)
    angle = pos * omega                                          # (max_len, ceil(d/2))
    pe = np.empty((max_len, d_model))
    pe[:, 0::2] = np.sin(angle)
    pe[:, 1::2] = np.cos(angle[:, : d_model // 2])             # odd d_model: one sin column more
    return pe
