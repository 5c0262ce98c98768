import numpy as np


def layer_norm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)               # biased, over the last axis
    rstd = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * rstd
    out = gamma * x_hat + beta
    return out, (x_hat, rstd, gamma)


def layer_norm_backward(dout, cache):
    x_hat, rstd, gamma = cache
    lead = tuple(range(dout.ndim - 1))                # every axis but the feature axis
    dgamma = (dout * x_hat).sum(axis=lead)
    dbeta = dout.sum(axis=lead)
    g = dout * gamma                                  # dL/dx_hat
    # dx = rstd * (g - mean(g) - x_hat * mean(g * x_hat)), means over the last axis
    dx = rstd * (g - g.mean(axis=-1, keepdims=True)
                 - x_hat * (g * x_hat).mean(axis=-1, keepdims=True))
    return dx, dgamma, dbeta
