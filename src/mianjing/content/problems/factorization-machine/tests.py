import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-8, atol=1e-8)
TIME_FACTOR = 8.0


def _fm_brute_force(X, w0, w, V):
    """The definition, pair by pair: w0 + Σ w_i x_i + Σ_{i<j} <v_i, v_j> x_i x_j."""
    N, n = X.shape
    out = np.full(N, float(w0)) + X @ w
    for i in range(n):
        for j in range(i + 1, n):
            out += (V[i] @ V[j]) * X[:, i] * X[:, j]
    return out


def _params(rng, n, k, scale=0.5):
    return float(rng.normal()), rng.standard_normal(n), rng.standard_normal((n, k)) * scale


def cases(rng):
    X = np.array([[1.0, 2.0, 3.0], [2.0, 0.0, -1.0]])
    V = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    yield Case("hand_worked", (X, 0.5, np.array([1.0, -1.0, 2.0]), V),
               expected=np.array([14.5, -1.5]),
               guards="pairs i < j only, each counted once")
    for N, n, k in [(4, 5, 3), (10, 8, 2), (1, 6, 4)]:
        X = rng.standard_normal((N, n))
        w0, w, V = _params(rng, n, k)
        yield Case(f"brute_force_{N}x{n}_k{k}", (X, w0, w, V),
                   expected=_fm_brute_force(X, w0, w, V),
                   guards="the identity needs x_i² and v_if²: real-valued x has x_i² ≠ x_i")
    X = (rng.uniform(size=(6, 10)) < 0.3).astype(np.float64)
    w0, w, V = _params(rng, 10, 3)
    yield Case("binary_features", (X, w0, w, V), expected=_fm_brute_force(X, w0, w, V),
               guards="one-hot / multi-hot rows as in CTR data")
    X = rng.standard_normal((5, 1))
    w0, w, V = _params(rng, 1, 3)
    yield Case("one_feature_no_pairs", (X, w0, w, V), expected=w0 + X @ w,
               guards="with n = 1 there is no pair: the self-interaction x_i² ‖v_i‖² is not "
                      "part of the model")
    X = rng.standard_normal((7, 6)) * 3
    w0, w, V = _params(rng, 6, 1, scale=2.0)
    yield Case("rank_one_factors", (X, w0, w, V), expected=_fm_brute_force(X, w0, w, V),
               guards="the factor 1/2: Σ_{i≠j} counts every pair twice")
    yield Case("zero_rows", (np.zeros((3, 4)), 1.25, *_params(rng, 4, 2)[1:]),
               expected=np.full(3, 1.25), guards="an all-zero row scores w0")
    n, k = 4096, 16
    yield Case("large_n_linear_time",
               (Generated("normal", (256, n), seed=21), 0.1,
                Generated("normal", (n,), seed=22, params={"scale": 0.1}),
                Generated("normal", (n, k), seed=23, params={"scale": 0.1})),
               timed=True, guards="O(k·n) per row: the (n, n) pairwise sum is 4096²/2 pairs")
