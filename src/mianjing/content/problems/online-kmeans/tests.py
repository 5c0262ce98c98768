import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-7, atol=1e-9, dtype="kind")
TIME_FACTOR = 8.0


def cases(rng):
    # Hand-worked (see the statement): every centroid is the running mean of its points.
    batches = [np.array([[0.0], [10.0]]), np.array([[1.0], [9.0], [2.0]])]
    yield Case("hand_worked_1d", (2, batches, np.array([[4.0], [6.0]])), probe="stream",
               expected=(np.array([[1.0], [9.5]]), np.array([3, 2]), np.array([0, 1])),
               guards="counts start at 1 for the initial points; c += (x - c) / count")
    X = rng.standard_normal((3, 2))
    yield Case("exactly_k_points", (3, [X], X[::-1].copy()), probe="stream",
               expected=(X, np.array([1, 1, 1]), np.array([2, 1, 0])),
               guards="the first k points are the centroids, with count 1 each")
    stream = rng.standard_normal((9, 2)) * 3
    yield Case("first_batch_smaller_than_k", (4, [stream[:1], stream[1:3], stream[3:]],
                                              rng.standard_normal((5, 2))),
               probe="stream", guards="initialisation continues across partial_fit calls")
    for k, d, sizes in [(3, 2, [10, 7, 13]), (5, 4, [40, 1, 25, 60])]:
        batches = [rng.standard_normal((s, d)) * 2 + 1 for s in sizes]
        yield Case(f"stream_k{k}_d{d}", (k, batches, rng.standard_normal((20, d)) * 2),
                   probe="stream", show_input=False,
                   guards="points are consumed one at a time, in order, each assigned to "
                          "the centroids as they are at that moment")
    centers = np.array([[0.0, 0.0], [20.0, 0.0], [0.0, 20.0]])
    pts = centers[rng.integers(0, 3, 300)] + rng.standard_normal((300, 2))
    yield Case("separated_clusters", (3, [pts[:100], pts[100:]], centers), probe="stream",
               show_input=False, guards="a per-centroid count, not one global counter")
    dup = np.array([[1.0, 1.0], [1.0, 1.0], [5.0, 5.0], [1.2, 0.8], [4.0, 6.0]])
    yield Case("duplicate_initial_points", (3, [dup], dup), probe="stream",
               guards="ties go to the smaller centroid index")
    yield Case("long_stream",
               (8, Generated("normal", (20, 1000, 4), seed=11, params={"scale": 3.0}),
                Generated("normal", (200, 4), seed=12, params={"scale": 3.0})),
               probe="stream", timed=True,
               guards="O(k·D) work per point: keep running means, not every past point")
