import numpy as np


def assign(X, centroids):
    d = np.linalg.norm(X[:, None, :] - centroids[None, :, :], axis=1)
    return d.argmin(axis=1)


def kmeans(X, k, max_iters=100, seed=0):
    rng = np.random.default_rng(seed)
    centroids = X[rng.choice(len(X), size=k, replace=False)].astype(np.float64)
    labels = assign(X, centroids)
    for _ in range(max_iters):
        for j in range(k):
            members = X[labels == j]
            if len(members) > 0:              # an empty cluster keeps its old centroid
                centroids[j] = members.mean(axis=0)
        new_labels = assign(X, centroids)
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    return centroids, labels
