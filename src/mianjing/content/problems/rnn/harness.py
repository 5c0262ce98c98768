import numpy as np


def probe_stacked(sub, x, h0, W_ih, W_hh, b_ih, b_hh):
    """For large inputs: outputs and h_n stacked into one (L + 1, N, H) array."""
    outputs, h_n = sub.rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh)
    return np.concatenate([outputs, h_n[None]], axis=0)
