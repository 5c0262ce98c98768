"""The online k-means reference keeps every centroid equal to the mean of the points it absorbed."""

import importlib.util
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/online-kmeans"


def _reference():
    spec = importlib.util.spec_from_file_location("online_kmeans_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_centroids_are_running_means_of_their_points():
    rng = np.random.default_rng(0)
    k, X = 4, rng.standard_normal((300, 3)) * 3
    model = _reference().OnlineKMeans(k)
    members = [[] for _ in range(k)]
    for start in (0, 2, 7, 150):                    # uneven batches, the first smaller than k
        stop = {0: 2, 2: 7, 7: 150, 150: 300}[start]
        for x in X[start:stop]:
            seen = sum(len(m) for m in members)
            if seen < k:
                members[seen].append(x)
            else:
                j = int(np.argmin(((model.centroids - x) ** 2).sum(axis=1)))
                members[j].append(x)
            model.partial_fit(x[None, :])
    np.testing.assert_array_equal(model.counts, [len(m) for m in members])
    np.testing.assert_allclose(model.centroids, [np.mean(m, axis=0) for m in members],
                               rtol=1e-10, atol=1e-12)
