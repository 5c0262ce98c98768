import numpy as np


def sigmoid(z):
    return np.exp(z) / (1.0 + np.exp(z))


def logistic_gradient(w, b, X, y):
    r = sigmoid(X @ w + b) - y
    return X.T @ r / len(y), float(r.mean())


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
