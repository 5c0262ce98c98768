import numpy as np


class OnlineKMeans:
    def __init__(self, k, seed=0):
        self.k = k
        self.seed = seed                       # unused: the initialisation rule is deterministic
        self.centroids = None                  # (k, D) once the first point arrives
        self.counts = np.zeros(k, dtype=np.int64)

    def partial_fit(self, batch):
        for x in np.asarray(batch, dtype=np.float64):
            seen = int(self.counts.sum())
            if self.centroids is None:
                self.centroids = np.zeros((self.k, x.shape[0]))
            if seen < self.k:                  # the first k points become the centroids
                self.centroids[seen] = x
                self.counts[seen] = 1
                continue
            j = int(np.argmin(((self.centroids - x) ** 2).sum(axis=1)))
            self.counts[j] += 1
            self.centroids[j] += 0.1 * (x - self.centroids[j])
        return self

    def predict(self, X):
        d2 = ((X[:, None, :] - self.centroids[None, :, :]) ** 2).sum(axis=2)   # (N, k)
        return d2.argmin(axis=1)
