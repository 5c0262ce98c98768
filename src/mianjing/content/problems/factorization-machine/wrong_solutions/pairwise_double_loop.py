import numpy as np


def fm_predict(X, w0, w, V):
    N, n = X.shape
    out = w0 + X @ w
    for i in range(n):
        for j in range(i + 1, n):
            out = out + np.dot(V[i], V[j]) * X[:, i] * X[:, j]
    return out
