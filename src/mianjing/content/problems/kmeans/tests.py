import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

TIME_FACTOR = 8.0


def make_blobs(n, k, d, seed):
    """The harness's blobs (same code): k blobs of sd 1 on a circle of radius 40."""
    rng = np.random.default_rng(seed)
    theta = 2 * np.pi * np.arange(k) / k
    centers = np.zeros((k, d))
    centers[:, 0], centers[:, 1] = 40 * np.cos(theta), 40 * np.sin(theta)
    return centers[np.arange(n) % k] + rng.standard_normal((n, d))


def _covering_seed(n, k):
    """A seed whose prescribed initialisation puts one centroid in every blob (i % k)."""
    for s in range(10_000):
        idx = np.random.default_rng(s).choice(n, size=k, replace=False)
        if len(set((idx % k).tolist())) == k:
            return s
    raise AssertionError("no covering seed")


def _inertia(X, centroids, labels):
    return float(((X - centroids[labels]) ** 2).sum())


def _from_args(case):
    return case.args[0], case.args[1]


def _from_blob_probe(case):
    n, k, d, data_seed, _ = case.args
    return make_blobs(n, k, d, data_seed), k


def clustering(data_of=_from_args):
    """Properties of a converged k-means, for any numbering of the clusters.

    Labels are nearest-centroid assignments, every non-empty cluster's centroid is the mean of
    its points, everything is finite, and the inertia is no worse than the expected one.
    """

    def check(got, expected, case):
        X, k = data_of(case)
        n, d = X.shape
        if not isinstance(got, tuple) or len(got) != 2:
            raise checkers.Mismatch(f"expected a tuple (centroids, labels), got "
                                    f"{type(got).__name__}")
        centroids, labels = got
        for name, value in (("centroids", centroids), ("labels", labels)):
            if not isinstance(value, np.ndarray):
                raise checkers.Mismatch(f"{name}: expected a numpy.ndarray, got "
                                        f"{type(value).__name__}")
        if centroids.shape != (k, d) or centroids.dtype.kind != "f":
            raise checkers.Mismatch(f"centroids: shape {centroids.shape} dtype "
                                    f"{centroids.dtype}, expected ({k}, {d}) float64")
        if labels.shape != (n,) or labels.dtype.kind not in "iu":
            raise checkers.Mismatch(f"labels: shape {labels.shape} dtype {labels.dtype}, "
                                    f"expected ({n},) int64")
        if not np.all(np.isfinite(centroids)):
            rows = np.unique(np.argwhere(~np.isfinite(centroids))[:, 0]).tolist()
            raise checkers.Mismatch(f"centroids {rows} are not finite: the mean of an empty "
                                    "cluster is nan; keep the old centroid instead")
        if labels.min() < 0 or labels.max() >= k:
            raise checkers.Mismatch(f"labels must lie in [0, {k}); got {labels.min()}.."
                                    f"{labels.max()}")
        d2 = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        own = d2[np.arange(n), labels]
        best = d2.min(axis=1)
        bad = np.flatnonzero(own > best + 1e-9 * (1.0 + best))
        if bad.size:
            i = int(bad[0])
            raise checkers.Mismatch(
                f"{bad.size} points are not assigned to their nearest centroid; point {i} has "
                f"label {labels[i]} (squared distance {own[i]:.6g}) but centroid "
                f"{int(d2[i].argmin())} is at {best[i]:.6g}")
        tol = 1e-7 * (1.0 + float(np.abs(X).max()))
        for j in np.unique(labels):
            mean = X[labels == j].mean(axis=0)
            if np.max(np.abs(centroids[j] - mean)) > tol:
                raise checkers.Mismatch(
                    f"centroid {j} = {np.round(centroids[j], 5)} is not the mean "
                    f"{np.round(mean, 5)} of its {int((labels == j).sum())} points "
                    "(not converged, or a mean over the wrong axis?)")
        got_inertia = _inertia(X, centroids, labels)
        exp_inertia = _inertia(X, expected[0], np.asarray(expected[1]))
        if got_inertia > exp_inertia * (1 + 1e-6) + 1e-9:
            raise checkers.Mismatch(
                f"inertia (sum of squared distances) {got_inertia:.6g}, but {exp_inertia:.6g} "
                "is reached with the initialisation in the statement: stuck in a worse local "
                "optimum (duplicate initial centroids? initial points drawn with replacement?)")

    return check


def cases(rng):
    X = np.array([[0.0], [1.0], [10.0], [11.0]])
    yield Case("hand_worked_1d", (X, 2), expected=(np.array([[0.5], [10.5]]), np.array([0, 0, 1, 1])),
               check=clustering(), guards="assign to the nearest centroid, move it to the mean")
    X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 0.0], [-1.0, 2.0]])
    yield Case("one_cluster_is_the_mean", (X, 1),
               expected=(X.mean(axis=0, keepdims=True), np.zeros(4, dtype=np.int64)),
               check=clustering(), guards="k = 1: the centroid is the mean over axis 0")
    X = rng.standard_normal((6, 3))
    yield Case("k_equals_n", (X, 6), expected=(X.copy(), np.arange(6)), check=clustering(),
               guards="k = N: every point is its own cluster, inertia 0")
    for n, k, d in [(60, 3, 2), (120, 4, 5), (200, 6, 3)]:
        X = make_blobs(n, k, d, int(rng.integers(1 << 30)))
        yield Case(f"blobs_{n}x{d}_k{k}", (X, k), {"seed": _covering_seed(n, k)},
                   check=clustering(), show_input=False,
                   guards="means over axis 0 of each cluster's points; distances over the "
                          "feature axis")
    # Two distinct points, k = 3: at least two initial centroids coincide, so one cluster
    # is empty after the first assignment.
    X = np.repeat(np.array([[0.0, 0.0], [4.0, 4.0]]), 5, axis=0)
    yield Case("empty_cluster_from_duplicates", (X, 3), {"seed": 1}, check=clustering(),
               guards="an empty cluster keeps its centroid; its mean would be nan")
    X = np.repeat(rng.standard_normal((3, 4)) * 5, [4, 3, 5], axis=0)
    yield Case("more_clusters_than_distinct_points", (X, 5), {"seed": 3}, check=clustering(),
               show_input=False, guards="empty clusters must not turn into nan")
    X = make_blobs(12, 4, 2, 77)
    yield Case("init_without_replacement", (X, 4), {"seed": 8}, check=clustering(),
               show_input=False,
               guards="initial centroids are k distinct points: rng.choice(N, k, replace=False)")
    n, k = 100_000, 3
    yield Case("large_vectorised", (n, k, 2, 5, _covering_seed(n, k)), probe="blobs",
               check=clustering(_from_blob_probe), timed=True,
               guards="distances for all points at once (broadcasting), not a loop over points")
