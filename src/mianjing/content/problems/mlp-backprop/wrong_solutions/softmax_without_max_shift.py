import numpy as np


class MLP:
    def __init__(self, W1, b1, W2, b2):
        self.W1, self.b1, self.W2, self.b2 = W1.copy(), b1.copy(), W2.copy(), b2.copy()

    def forward(self, X, y):
        z1 = X @ self.W1 + self.b1                     # (N, H)
        h = np.maximum(z1, 0.0)
        logits = h @ self.W2 + self.b2                 # (N, C)
        shifted = logits
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        n = X.shape[0]
        self.cache = (X, y, z1, h, np.exp(log_p))
        return float(-log_p[np.arange(n), y].mean())

    def backward(self):
        X, y, z1, h, p = self.cache
        n = X.shape[0]
        dlogits = p.copy()
        dlogits[np.arange(n), y] -= 1.0
        dlogits /= n                                   # the loss is a mean over the batch
        dh = dlogits @ self.W2.T
        dz1 = dh * (z1 > 0)                            # ReLU'(0) = 0, as in torch
        self.grads = {"W1": X.T @ dz1, "b1": dz1.sum(axis=0),
                      "W2": h.T @ dlogits, "b2": dlogits.sum(axis=0)}
        return self.grads

    def train_step(self, lr):
        self.W1 = self.W1 - lr * self.grads["W1"]
        self.b1 = self.b1 - lr * self.grads["b1"]
        self.W2 = self.W2 - lr * self.grads["W2"]
        self.b2 = self.b2 - lr * self.grads["b2"]
