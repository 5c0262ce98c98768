import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-7, atol=1e-10)
FINITE_DIFF = checkers.allclose(rtol=1e-5, atol=1e-7)
TIME_FACTOR = 8.0


def _ln(x, gamma, beta, eps):
    d = x.shape[-1]
    mu = x.sum(axis=-1, keepdims=True) / d
    var = ((x - mu) ** 2).sum(axis=-1, keepdims=True) / d
    return gamma * (x - mu) / np.sqrt(var + eps) + beta


def _finite_differences(x, gamma, beta, eps, dout, h=1e-6):
    """Central differences of L = sum(dout * LN(x)) with respect to x, gamma and beta."""
    def loss(x_, g_, b_):
        return float(np.sum(dout * _ln(x_, g_, b_, eps)))

    grads = []
    for which, arr in enumerate((x, gamma, beta)):
        grad = np.zeros_like(arr)
        for idx in np.ndindex(arr.shape):
            args = [x.copy(), gamma.copy(), beta.copy()]
            args[which][idx] += h
            plus = loss(*args)
            args[which][idx] -= 2 * h
            minus = loss(*args)
            grad[idx] = (plus - minus) / (2 * h)
        grads.append(grad)
    return {"out": _ln(x, gamma, beta, eps), "dx": grads[0], "dgamma": grads[1],
            "dbeta": grads[2]}


def _random(rng, shape):
    d = shape[-1]
    return (rng.standard_normal(shape) * 2 + 0.5, rng.standard_normal(d) + 1,
            rng.standard_normal(d), 1e-5, rng.standard_normal(shape))


def cases(rng):
    s = np.sqrt(1.5)
    x = np.array([[1.0, 2.0, 3.0]])
    yield Case("hand_worked", (x, np.ones(3), np.zeros(3), 0.0, np.array([[1.0, 0.0, 0.0]])),
               probe="grads", expected={
                   "out": np.array([[-s, 0.0, s]]),
                   "dx": s * np.array([[1 / 6, -1 / 3, 1 / 6]]),
                   "dgamma": np.array([-s, 0.0, 0.0]),
                   "dbeta": np.array([1.0, 0.0, 0.0])},
               guards="dx has three terms: the direct path, the path through the mean and "
                      "the path through the variance")

    for i, shape in enumerate([(3, 5), (2, 3, 4)]):
        args = _random(rng, shape)
        yield Case(f"finite_differences_{len(shape)}d_{i}", args, probe="grads",
                   expected=_finite_differences(*args), check=FINITE_DIFF,
                   guards="gradients agree with central finite differences")

    for shape in [(6, 16), (2, 5, 8), (2, 3, 2, 6)]:
        yield Case(f"random_{len(shape)}d", _random(rng, shape), probe="grads",
                   guards="dgamma and dbeta are summed over every leading axis, shape (D,)")

    yield Case("two_features_biased_variance", _random(rng, (4, 2)), probe="grads",
               guards="biased variance (divide by D): with D = 2 ddof=1 is far off")

    d = 6
    yield Case("gamma_scales_dx", (rng.standard_normal((3, d)), rng.uniform(2, 5, d),
                                   rng.standard_normal(d), 1e-5, rng.standard_normal((3, d))),
               probe="grads", guards="dL/dx_hat = dout * gamma: gamma must enter dx")

    ones = (rng.standard_normal((3, 7)), np.full(7, 2.5), np.zeros(7), 1e-5, np.ones((3, 7)))
    yield Case("uniform_upstream_gives_zero_dx", ones, probe="grads",
               expected={"out": _ln(*ones[:4]), "dx": np.zeros((3, 7)),
                         "dgamma": _ln(ones[0], np.ones(7), np.zeros(7), 1e-5).sum(axis=0),
                         "dbeta": np.full(7, 3.0)},
               check=checkers.allclose(rtol=1e-7, atol=1e-9),
               guards="shifting every input of a row by the same amount does not change "
                      "LN, so a constant upstream gradient gives dx = 0")

    tiny = (rng.standard_normal((2, 5)) * 1e-3, rng.standard_normal(5), rng.standard_normal(5),
            1e-4, rng.standard_normal((2, 5)))
    yield Case("tiny_variance_eps_inside_sqrt", tiny, probe="grads",
               guards="eps added to the variance inside the square root, in forward and "
                      "backward alike")

    n, d = 16384, 32
    yield Case("large_batch_vectorised",
               (Generated("normal", (n, d), seed=5), Generated("normal", (d,), seed=6),
                Generated("normal", (d,), seed=7), Generated("normal", (n, d), seed=8)),
               probe="grads_stacked", timed=True, digest=True,
               guards="vectorised over rows, no Python loop per sample")
