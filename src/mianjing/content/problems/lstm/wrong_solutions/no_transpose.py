import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))        # = 1 / (1 + e^{-z}), without overflow


def lstm_forward(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    xw = x @ W_ih.reshape(-1, 4 * H) + b_ih + b_hh                 # (L, N, 4H), all steps at once
    h, c = h0, c0
    outputs = []
    for t in range(x.shape[0]):
        gates = xw[t] + h @ W_hh.reshape(H, 4 * H)                # (N, 4H), torch order: i, f, g, o
        i = sigmoid(gates[:, 0 * H:1 * H])
        f = sigmoid(gates[:, 1 * H:2 * H])
        g = np.tanh(gates[:, 2 * H:3 * H])
        o = sigmoid(gates[:, 3 * H:4 * H])
        c = f * c + i * g
        h = o * np.tanh(c)
        outputs.append(h)
    return np.stack(outputs), (h, c)
