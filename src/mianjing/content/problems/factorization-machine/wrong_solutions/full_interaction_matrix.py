import numpy as np


def fm_predict(X, w0, w, V):
    W = V @ V.T                                   # (n, n) pairwise <v_i, v_j>
    pair = 0.5 * (np.einsum("ni,ij,nj->n", X, W, X, optimize=True) - (X ** 2) @ np.diag(W))
    return w0 + X @ w + pair
