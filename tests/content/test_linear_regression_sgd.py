"""The SGD reference converges to the least-squares fit, and one full batch is one GD step."""

import importlib.util
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/linear-regression-sgd"


def _reference():
    spec = importlib.util.spec_from_file_location("lr_sgd_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_converges_to_least_squares():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((300, 3))
    y = X @ np.array([1.0, -2.0, 0.5]) + 3.0 + 0.05 * rng.standard_normal(300)
    w, b = _reference().fit_linear_regression_sgd(X, y, lr=0.05, epochs=40, batch_size=8)
    sol = np.linalg.lstsq(np.hstack([X, np.ones((300, 1))]), y, rcond=None)[0]
    np.testing.assert_allclose(np.append(w, b), sol, atol=0.02)


def test_full_batch_epoch_is_one_gradient_step():
    rng = np.random.default_rng(1)
    X, y = rng.standard_normal((20, 2)), rng.standard_normal(20)
    w, b = _reference().fit_linear_regression_sgd(X, y, lr=0.3, epochs=1, batch_size=20)
    np.testing.assert_allclose(w, 0.3 * X.T @ y / 20)
    assert np.isclose(b, 0.3 * y.mean())
