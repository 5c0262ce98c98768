import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-6, atol=1e-8)
TIME_FACTOR = 5.0


def _layer_norm(x, gamma, beta, eps):
    d = x.shape[-1]
    mu = x.sum(axis=-1, keepdims=True) / d
    var = ((x - mu) ** 2).sum(axis=-1, keepdims=True) / d
    return gamma * (x - mu) / np.sqrt(var + eps) + beta


def cases(rng):
    x = np.array([[1.0, 2.0, 3.0]])
    s = np.sqrt(1.5)
    yield Case("hand_worked", (x, np.ones(3), np.zeros(3), 0.0),
               expected=np.array([[-s, 0.0, s]]))
    yield Case("hand_worked_affine", (x, np.full(3, 2.0), np.ones(3), 0.0),
               expected=np.array([[1 - 2 * s, 1.0, 1 + 2 * s]]),
               guards="applying gamma and beta after normalising")
    for shape in [(4, 8), (2, 5, 16), (3, 2, 4, 6)]:
        xi = rng.standard_normal(shape) * 3 + 1
        g, b = rng.standard_normal(shape[-1]), rng.standard_normal(shape[-1])
        yield Case(f"random_{len(shape)}d", (xi, g, b), expected=_layer_norm(xi, g, b, 1e-5))
    small = rng.standard_normal((3, 4))
    yield Case("small_feature_dim_biased_variance", (small, np.ones(4), np.zeros(4), 1e-5),
               expected=_layer_norm(small, np.ones(4), np.zeros(4), 1e-5),
               guards="biased variance (ddof=0): ddof=1 is visibly wrong when D is small")
    const = np.full((2, 6), 7.0)
    yield Case("constant_rows_eps_inside_sqrt", (const, np.ones(6), np.full(6, 0.5), 1e-5),
               expected=np.full((2, 6), 0.5),
               guards="zero variance: eps inside the square root keeps the output finite")
    tiny = rng.standard_normal((2, 5)) * 1e-3
    yield Case("tiny_variance_eps_placement", (tiny, np.ones(5), np.zeros(5), 1e-2),
               expected=_layer_norm(tiny, np.ones(5), np.zeros(5), 1e-2),
               guards="eps added to the variance, not to the standard deviation")
    rows = rng.standard_normal((3, 10))
    rows[1] *= 100
    yield Case("rows_are_independent", (rows, np.ones(10), np.zeros(10)),
               expected=_layer_norm(rows, np.ones(10), np.zeros(10), 1e-5),
               guards="statistics per sample over the last axis, not over the batch")
    yield Case("large_batch", (Generated("uniform", (256, 768), seed=3,
                                         params={"low": -3.0, "high": 3.0}), np.ones(768),
                               np.zeros(768)), timed=True, digest=True,
               guards="vectorised NumPy, no Python loops over rows")
