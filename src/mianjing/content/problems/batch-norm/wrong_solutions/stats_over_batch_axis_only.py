import numpy as np


class BatchNorm1d:
    """Treats every (channel, position) of an (N, C, L) input as its own feature."""

    def __init__(self, num_features, momentum=0.1, eps=1e-5):
        self.momentum, self.eps = momentum, eps
        self.gamma = np.ones(num_features)
        self.beta = np.zeros(num_features)
        self.running_mean = np.zeros(num_features)
        self.running_var = np.ones(num_features)

    def forward(self, x, training=True):
        per_channel = (-1,) + (1,) * (x.ndim - 2)
        if training:
            n = x.shape[0]
            mu, var = x.mean(axis=0), x.var(axis=0)
            m = self.momentum
            c = x.shape[1]
            self.running_mean = (1 - m) * self.running_mean + m * mu.reshape(c, -1).mean(axis=1)
            unbiased = (var * n / (n - 1)).reshape(c, -1).mean(axis=1)
            self.running_var = (1 - m) * self.running_var + m * unbiased
        else:
            mu = self.running_mean.reshape(per_channel)
            var = self.running_var.reshape(per_channel)
        g, b = self.gamma.reshape(per_channel), self.beta.reshape(per_channel)
        return g * (x - mu) / np.sqrt(var + self.eps) + b
