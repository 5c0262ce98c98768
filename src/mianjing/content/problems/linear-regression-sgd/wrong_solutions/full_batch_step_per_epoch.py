import numpy as np


def fit_linear_regression_sgd(X, y, lr=0.01, epochs=100, batch_size=1, seed=0):
    N, D = X.shape
    w = np.zeros(D)
    b = 0.0
    for _ in range(epochs):
        err = X @ w + b - y
        w = w - lr * X.T @ err / N
        b = b - lr * err.mean()
    return w, float(b)
