import numpy as np


def layer_norm_forward(x, gamma, beta, eps=1e-5):
    rows = x.reshape(-1, x.shape[-1])
    out = np.empty_like(rows)
    x_hats, rstds = [], []
    for i, row in enumerate(rows):
        mu = row.mean()
        rstd = 1.0 / np.sqrt(row.var() + eps)
        x_hat = (row - mu) * rstd
        out[i] = gamma * x_hat + beta
        x_hats.append(x_hat)
        rstds.append(rstd)
    return out.reshape(x.shape), (x_hats, rstds, gamma, x.shape)


def layer_norm_backward(dout, cache):
    x_hats, rstds, gamma, shape = cache
    rows = dout.reshape(-1, shape[-1])
    dx = np.empty_like(rows)
    dgamma = np.zeros(shape[-1])
    dbeta = np.zeros(shape[-1])
    for i, d in enumerate(rows):
        g = d * gamma
        dx[i] = rstds[i] * (g - g.mean() - x_hats[i] * (g * x_hats[i]).mean())
        dgamma += d * x_hats[i]
        dbeta += d
    return dx.reshape(shape), dgamma, dbeta
