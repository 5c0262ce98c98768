import numpy as np


class BatchNorm1d:
    def __init__(self, num_features: int, momentum: float = 0.1, eps: float = 1e-5):
        self.momentum = momentum
        self.eps = eps
        self.gamma = np.ones(num_features)
        self.beta = np.zeros(num_features)
        self.running_mean = np.zeros(num_features)
        self.running_var = np.ones(num_features)

    def forward(self, x: np.ndarray, training: bool = True) -> np.ndarray:
        axes = (0,) if x.ndim == 2 else (0, 2)        # every axis except the channel axis 1
        shape = (1, -1) if x.ndim == 2 else (1, -1, 1)
        if training:
            n = x.size // x.shape[1]                   # values per channel: N or N * L
            mu = x.mean(axis=axes)
            var = x.var(axis=axes)                     # biased: used to normalise this batch
            m = self.momentum
            self.running_mean = (1 - m) * self.running_mean + m * mu
            self.running_var = (1 - m) * self.running_var + m * var * n / (n - 1)  # unbiased
        else:
            mu, var = self.running_mean, self.running_var
        x_hat = (x - mu.reshape(shape)) / np.sqrt(var.reshape(shape) + self.eps)
        return self.gamma.reshape(shape) * x_hat + self.beta.reshape(shape)
