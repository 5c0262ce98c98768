import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)  # biased (divide by D), as torch.nn.LayerNorm
    x_hat = (x - mu) / np.sqrt(var + eps)
    return gamma * x_hat + beta
