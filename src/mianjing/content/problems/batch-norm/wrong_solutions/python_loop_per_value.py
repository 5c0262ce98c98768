import math

import numpy as np


class BatchNorm1d:
    def __init__(self, num_features, momentum=0.1, eps=1e-5):
        self.momentum, self.eps = momentum, eps
        self.gamma = np.ones(num_features)
        self.beta = np.zeros(num_features)
        self.running_mean = np.zeros(num_features)
        self.running_var = np.ones(num_features)

    def forward(self, x, training=True):
        x3 = x if x.ndim == 3 else x[:, :, None]
        n_batch, c, length = x3.shape
        out = np.empty_like(x3)
        for j in range(c):
            values = [float(x3[i, j, t]) for i in range(n_batch) for t in range(length)]
            n = len(values)
            if training:
                mu = sum(values) / n
                var = sum((v - mu) ** 2 for v in values) / n
                m = self.momentum
                self.running_mean[j] = (1 - m) * self.running_mean[j] + m * mu
                self.running_var[j] = (1 - m) * self.running_var[j] + m * var * n / (n - 1)
            else:
                mu, var = self.running_mean[j], self.running_var[j]
            scale = self.gamma[j] / math.sqrt(var + self.eps)
            for i in range(n_batch):
                for t in range(length):
                    out[i, j, t] = (x3[i, j, t] - mu) * scale + self.beta[j]
        return out if x.ndim == 3 else out[:, :, 0]
