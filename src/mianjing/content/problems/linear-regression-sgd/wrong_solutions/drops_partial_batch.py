import numpy as np


def fit_linear_regression_sgd(X, y, lr=0.01, epochs=100, batch_size=1, seed=0):
    N, D = X.shape
    w = np.zeros(D)
    b = 0.0
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(N)
        for i in range(N // batch_size):
            idx = order[i * batch_size:(i + 1) * batch_size]
            err = X[idx] @ w + b - y[idx]
            w = w - lr * X[idx].T @ err / batch_size
            b = b - lr * err.mean()
    return w, float(b)
