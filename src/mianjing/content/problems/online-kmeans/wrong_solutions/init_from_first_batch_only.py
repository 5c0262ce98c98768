import numpy as np


class OnlineKMeans:
    def __init__(self, k, seed=0):
        self.k = k
        self.seed = seed                       # unused: the initialisation rule is deterministic
        self.centroids = None                  # (k, D) once the first point arrives
        self.counts = np.zeros(k, dtype=np.int64)

    def partial_fit(self, batch):
        batch = np.asarray(batch, dtype=np.float64)
        if self.centroids is None:
            self.centroids = batch[:self.k].copy()
            self.counts = np.ones(self.k, dtype=np.int64)
            batch = batch[self.k:]
        for x in batch:
            j = int(np.argmin(((self.centroids - x) ** 2).sum(axis=1)))
            self.counts[j] += 1
            self.centroids[j] += (x - self.centroids[j]) / self.counts[j]   # running mean
        return self

    def predict(self, X):
        d2 = ((X[:, None, :] - self.centroids[None, :, :]) ** 2).sum(axis=2)   # (N, k)
        return d2.argmin(axis=1)
