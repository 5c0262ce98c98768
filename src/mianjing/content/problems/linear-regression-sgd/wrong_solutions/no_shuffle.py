import numpy as np


def fit_linear_regression_sgd(X, y, lr=0.01, epochs=100, batch_size=1, seed=0):
    N, D = X.shape
    w = np.zeros(D)
    b = 0.0
    for _ in range(epochs):
        for start in range(0, N, batch_size):
            xb, yb = X[start:start + batch_size], y[start:start + batch_size]
            err = xb @ w + b - yb
            w = w - lr * xb.T @ err / len(yb)
            b = b - lr * err.mean()
    return w, float(b)
