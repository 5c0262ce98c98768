import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-7, atol=1e-10, dtype="kind")
FINITE_DIFF = checkers.allclose(rtol=1e-5, atol=1e-7, dtype="kind")
TIME_FACTOR = 8.0


def _mean_bce(w, b, X, y):
    z = X @ w + b
    return float(np.mean(np.logaddexp(0.0, z) - y * z))   # -[y log p + (1-y) log(1-p)]


def _numerical_gradient(w, b, X, y, h=1e-6):
    dw = np.zeros_like(w)
    for i in range(len(w)):
        step = np.zeros_like(w)
        step[i] = h
        dw[i] = (_mean_bce(w + step, b, X, y) - _mean_bce(w - step, b, X, y)) / (2 * h)
    db = (_mean_bce(w, b + h, X, y) - _mean_bce(w, b - h, X, y)) / (2 * h)
    return dw, db


def _stable_sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _classification_data(rng, n, d):
    X = rng.standard_normal((n, d))
    w_true = rng.uniform(-2.0, 2.0, d)
    p = _stable_sigmoid(X @ w_true + 0.7)
    y = (rng.uniform(size=n) < p).astype(np.float64)
    return X, y


def cases(rng):
    X = np.array([[1.0, 2.0], [3.0, 4.0]])
    y = np.array([1.0, 1.0])
    yield Case("hand_worked_zero_weights", (np.zeros(2), 0.0, X, y),
               expected=(np.array([-1.0, -1.5]), -0.5),
               guards="p = 0.5 at w = 0; dw = Xᵀ(p − y)/N, db = mean(p − y)")
    yield Case("hand_worked_p_three_quarters", (np.array([np.log(3.0)]), 0.0,
                                                 np.array([[1.0]]), np.array([0.0])),
               expected=(np.array([0.75]), 0.75),
               guards="sign: the gradient of the loss is (p − y)·x, not (y − p)·x")
    w, b = rng.standard_normal(4), 0.3
    X, y = _classification_data(rng, 30, 4)
    yield Case("matches_finite_differences", (w, b, X, y),
               expected=_numerical_gradient(w, b, X, y), check=FINITE_DIFF,
               guards="the gradient of the mean cross-entropy (not of a squared error), "
                      "averaged over N")
    for i, (n, d) in enumerate([(7, 3), (50, 6)]):
        X, y = _classification_data(rng, n, d)
        yield Case(f"random_gradient_{i}", (rng.standard_normal(d), float(rng.normal()), X, y),
                   show_input=n < 10)
    X, y = _classification_data(rng, 12, 3)
    yield Case("integer_labels", (rng.standard_normal(3), -0.2, X, y.astype(np.int64)),
               guards="y may arrive as int64 0/1")
    Xh = np.array([[1.0], [-1.0], [2.0], [-3.0]])
    yh = np.array([1.0, 1.0, 0.0, 0.0])
    wh = np.array([800.0])
    zh = Xh @ wh
    ph = np.where(zh > 0, 1.0, 0.0)   # sigmoid(±800) is 0 or 1 to double precision
    yield Case("huge_logits_gradient", (wh, 0.0, Xh, yh),
               expected=(Xh.T @ (ph - yh) / 4, float(np.mean(ph - yh))),
               guards="stable sigmoid: exp(z)/(1+exp(z)) is inf/inf = nan at z = 800")

    # fit / predict: full-batch gradient descent from zeros is deterministic
    X = np.array([[1.0, 2.0], [3.0, 4.0]])
    y = np.array([1.0, 1.0])
    p_origin = 1.0 / (1.0 + np.exp(-0.5))  # one step, lr = 1: w = (1, 1.5), b = 0.5
    yield Case("fit_hand_worked_one_step", (X, y, 1.0, 1, np.array([[0.0, 0.0], [-1.0, 0.0]])),
               probe="fit_predict",
               expected=(np.array([p_origin, 1.0 / (1.0 + np.exp(0.5))]), np.array([1, 0])),
               guards="fit starts from w = 0, b = 0 and takes `epochs` full-batch steps")
    X, y = _classification_data(rng, 80, 3)
    Xq = rng.standard_normal((10, 3))
    yield Case("fit_non_separable", (X, y, 0.5, 200, Xq), probe="fit_predict",
               show_input=False, guards="the bias b is trained along with w")
    X, y = _classification_data(rng, 60, 2)
    yield Case("fit_with_offset_labels", (X, y, 0.3, 300, X[:12]), probe="fit_predict",
               show_input=False)
    Xs = np.array([[-2.0, 0.5], [-1.0, -0.5], [1.0, 0.3], [2.0, -0.2]])
    ys = np.array([0.0, 0.0, 1.0, 1.0])
    far = np.array([[3000.0, 0.0], [-3000.0, 0.0], [1e5, 1.0], [-1e5, -1.0]])
    yield Case("predict_proba_huge_logits", (Xs, ys, 1.0, 500, far), probe="fit_predict",
               guards="stable sigmoid in predict_proba: |z| in the thousands gives 0 or 1, "
                      "never nan")
    yield Case("epochs_zero_threshold", (Xs, ys, 0.1, 0, Xs), probe="fit_predict",
               expected=(np.full(4, 0.5), np.ones(4, dtype=np.int64)),
               guards="zero initialisation, and p = 0.5 predicts class 1 (p >= 0.5)")

    yield Case("large_gradient_vectorised",
               (Generated("normal", (10,), seed=3, params={"scale": 0.3}), 0.1,
                Generated("normal", (200_000, 10), seed=4),
                Generated("integers", (200_000,), seed=5, params={"low": 0, "high": 2})),
               timed=True,
               guards="vectorised NumPy, not a Python loop over samples")
