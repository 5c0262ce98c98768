"""The k-means reference converges to the blob partition with consistent labels and means."""

import importlib.util
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/kmeans"


def _load(name):
    spec = importlib.util.spec_from_file_location(f"kmeans_{name}", PROBLEM / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_recovers_well_separated_blobs():
    ref, tests = _load("solution"), _load("tests")
    n, k = 300, 5
    X = tests.make_blobs(n, k, 3, 1)
    centroids, labels = ref.kmeans(X, k, seed=tests._covering_seed(n, k))
    truth = np.arange(n) % k
    # the same partition up to renaming the clusters
    assert len({(a, b) for a, b in zip(labels.tolist(), truth.tolist(), strict=True)}) == k
    for j in range(k):
        np.testing.assert_allclose(centroids[j], X[labels == j].mean(axis=0))
    d2 = ((X[:, None] - centroids[None]) ** 2).sum(-1)
    np.testing.assert_array_equal(labels, d2.argmin(axis=1))


def test_empty_cluster_keeps_a_finite_centroid():
    X = np.repeat(np.array([[0.0, 0.0], [3.0, 1.0]]), 4, axis=0)
    centroids, labels = _load("solution").kmeans(X, 3, seed=0)
    assert np.all(np.isfinite(centroids))
    assert set(labels.tolist()) <= {0, 1, 2}
