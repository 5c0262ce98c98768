import numpy as np


def probe_stacked(sub, x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """For large inputs: outputs, h_n and c_n stacked into one (L + 2, N, H) array."""
    outputs, (h_n, c_n) = sub.lstm_forward(x, h0, c0, W_ih, W_hh, b_ih, b_hh)
    return np.concatenate([outputs, h_n[None], c_n[None]], axis=0)
