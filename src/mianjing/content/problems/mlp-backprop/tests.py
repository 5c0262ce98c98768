import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.allclose(rtol=1e-7, atol=1e-10, dtype="kind")
FINITE_DIFF = checkers.allclose(rtol=1e-5, atol=1e-7, dtype="kind")

NAMES = ("W1", "b1", "W2", "b2")


def _loss(params, X, y):
    """Independent forward: ReLU MLP, log-softmax via np.logaddexp.reduce, batch mean."""
    W1, b1, W2, b2 = params
    logits = np.maximum(X @ W1 + b1, 0.0) @ W2 + b2
    lse = np.logaddexp.reduce(logits, axis=1)
    return float(np.mean(lse - logits[np.arange(len(y)), y]))


def _finite_differences(params, X, y, h=1e-6):
    grads = {}
    for name, k in zip(NAMES, range(4), strict=True):
        g = np.zeros_like(params[k])
        for idx in np.ndindex(g.shape):
            plus = [p.copy() for p in params]
            minus = [p.copy() for p in params]
            plus[k][idx] += h
            minus[k][idx] -= h
            g[idx] = (_loss(plus, X, y) - _loss(minus, X, y)) / (2 * h)
        grads[name] = g
    return {"loss": _loss(params, X, y), "grads": grads}


def _random(rng, n, d, hidden, c, scale=1.0):
    params = (rng.standard_normal((d, hidden)) / np.sqrt(d), rng.standard_normal(hidden) * 0.1,
              rng.standard_normal((hidden, c)) * scale / np.sqrt(hidden),
              rng.standard_normal(c) * 0.1)
    return params, rng.standard_normal((n, d)), rng.integers(0, c, n)


def cases(rng):
    # One input, one hidden unit, two classes: logits [1, -1], q = sigmoid(-2).
    q = 0.11920292202211755
    yield Case("hand_worked",
               (np.array([[1.0]]), np.array([0.0]), np.array([[1.0, -1.0]]), np.zeros(2),
                np.array([[1.0]]), np.array([0])),
               probe="grads", expected={
                   "loss": 0.1269280110429726,
                   "grads": {"W1": np.array([[-2 * q]]), "b1": np.array([-2 * q]),
                             "W2": np.array([[-q, q]]), "b2": np.array([-q, q])}},
               guards="dlogits = softmax - onehot; dh = dlogits @ W2.T; gate by the ReLU")

    for i, dims in enumerate([(5, 4, 6, 3), (3, 2, 5, 4)]):
        params, X, y = _random(rng, *dims)
        yield Case(f"finite_differences_{i}", (*params, X, y), probe="grads",
                   expected=_finite_differences(params, X, y), check=FINITE_DIFF,
                   guards="every gradient agrees with central finite differences of the "
                          "mean loss")

    params, X, y = _random(rng, 16, 8, 12, 5)
    yield Case("batch_mean_scaling", (*params, X, y), probe="grads",
               guards="the loss is a mean: dlogits carries 1/N exactly once (bias gradients "
                      "are sums over the batch)")

    W1 = rng.standard_normal((3, 6))
    b1 = np.array([0.0, 0.5, 0.0, -0.5, 0.0, 0.2])
    X = rng.standard_normal((4, 3))
    X[1] = 0.0                                   # this row's pre-activations equal b1 exactly
    p2 = rng.standard_normal((6, 3))
    yield Case("relu_gradient_at_zero", (W1, b1, p2, rng.standard_normal(3), X,
                                         np.array([0, 2, 1, 2])), probe="grads",
               guards="ReLU'(0) = 0 (as torch): units with pre-activation exactly 0 pass no "
                      "gradient to b1")

    params, X, y = _random(rng, 6, 4, 5, 3)
    W1, b1, W2, b2 = params
    yield Case("dead_and_live_units", (W1, b1 - 0.8, W2, b2, X, y), probe="grads",
               guards="the ReLU mask must gate dh: many units are inactive here")

    params, X, y = _random(rng, 5, 4, 6, 3, scale=1500.0)
    yield Case("large_logits_stable_softmax", (*params, X, y), probe="grads",
               guards="logits in the thousands: subtract the row max before exp()")

    params, X, y = _random(rng, 8, 4, 6, 3)
    yield Case("train_steps_sgd", (*params, X, y, 0.5, 5), probe="train",
               guards="train_step moves every parameter by -lr * grad (descent, not ascent)")

    params, X, y = _random(rng, 10, 5, 16, 4)
    yield Case("train_overfits_small_batch", (*params, X, y, 1.0, 60), probe="train",
               guards="repeated forward/backward/train_step uses fresh activations each time")
