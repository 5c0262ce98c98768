import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_forward(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    seq_len, batch, _ = x.shape
    H = h0.shape[1]
    outputs = np.empty((seq_len, batch, H))
    c_n = np.empty_like(c0)
    for n in range(batch):                      # one sample at a time
        h, c = h0[n], c0[n]
        for t in range(seq_len):
            z = W_ih @ x[t, n] + b_ih + W_hh @ h + b_hh
            i, f, g, o = sigmoid(z[:H]), sigmoid(z[H:2 * H]), np.tanh(z[2 * H:3 * H]), \
                sigmoid(z[3 * H:])
            c = f * c + i * g
            h = o * np.tanh(c)
            outputs[t, n] = h
        c_n[n] = c
    return outputs, (outputs[-1].copy(), c_n)
