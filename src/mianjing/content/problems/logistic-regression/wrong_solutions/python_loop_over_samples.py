import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def logistic_gradient(w, b, X, y):
    N, D = X.shape
    dw = np.zeros(D)
    db = 0.0
    for i in range(N):
        p = 1.0 / (1.0 + np.exp(-(X[i] @ w + b))) if X[i] @ w + b >= 0 else \
            np.exp(X[i] @ w + b) / (1.0 + np.exp(X[i] @ w + b))
        dw += (p - y[i]) * X[i]
        db += p - y[i]
    return dw / N, float(db / N)


class LogisticRegression:
    def __init__(self, lr=0.1, epochs=1000):
        self.lr, self.epochs = lr, epochs

    def fit(self, X, y):
        self.w, self.b = np.zeros(X.shape[1]), 0.0
        for _ in range(self.epochs):
            dw, db = logistic_gradient(self.w, self.b, X, y)
            self.w = self.w - self.lr * dw
            self.b = self.b - self.lr * db
        return self

    def predict_proba(self, X):
        return sigmoid(X @ self.w + self.b)

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).astype(np.int64)
