import numpy as np


def fit_linear_regression_sgd(X, y, lr=0.01, epochs=100, batch_size=1, seed=0):
    N, D = X.shape
    w = np.zeros(D)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(N)
        for start in range(0, N, batch_size):
            idx = order[start:start + batch_size]
            err = X[idx] @ w - y[idx]
            w = w - lr * X[idx].T @ err / len(idx)
    return w, 0.0
