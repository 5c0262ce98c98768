import numpy as np


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    # The input projection does not depend on h: do it for every step at once.
    xw = x @ W_ih.T + b_ih + b_hh                 # (L, N, H)
    h = h0
    outputs = []
    for t in range(x.shape[0]):
        h = np.tanh(xw[t] + h @ W_hh.T)           # h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh)
        outputs.append(h)
    return np.stack(outputs), outputs[0]
