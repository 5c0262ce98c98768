import numpy as np


def make_blobs(n, k, d, seed):
    """k well-separated Gaussian blobs (sd 1) on a circle of radius 40; point i is in blob i % k."""
    rng = np.random.default_rng(seed)
    theta = 2 * np.pi * np.arange(k) / k
    centers = np.zeros((k, d))
    centers[:, 0], centers[:, 1] = 40 * np.cos(theta), 40 * np.sin(theta)
    return centers[np.arange(n) % k] + rng.standard_normal((n, d))


def probe_blobs(sub, n, k, d, data_seed, seed):
    return sub.kmeans(make_blobs(n, k, d, data_seed), k, seed=seed)
