import numpy as np


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    seq_len, batch, _ = x.shape
    outputs = np.empty((seq_len, batch, h0.shape[1]))
    for n in range(batch):                      # one sample at a time
        h = h0[n]
        for t in range(seq_len):
            h = np.tanh(W_ih @ x[t, n] + b_ih + W_hh @ h + b_hh)
            outputs[t, n] = h
    return outputs, outputs[-1].copy()
