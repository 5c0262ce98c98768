"""The logistic-regression reference's gradient agrees with torch autograd of the mean BCE."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/logistic-regression"


def _reference():
    spec = importlib.util.spec_from_file_location("logreg_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("N,D,scale", [(1, 1, 1.0), (20, 3, 1.0), (50, 5, 100.0)])
def test_gradient_matches_torch_autograd(N, D, scale):
    rng = np.random.default_rng(N + D)
    X, y = rng.standard_normal((N, D)), (rng.uniform(size=N) < 0.5).astype(np.float64)
    w, b = rng.standard_normal(D) * scale, float(rng.normal())
    wt = torch.tensor(w, requires_grad=True)
    bt = torch.tensor(b, dtype=torch.float64, requires_grad=True)
    loss = torch.nn.functional.binary_cross_entropy_with_logits(
        torch.from_numpy(X) @ wt + bt, torch.from_numpy(y))
    loss.backward()
    dw, db = _reference().logistic_gradient(w, b, X, y)
    np.testing.assert_allclose(dw, wt.grad.numpy(), rtol=1e-10, atol=1e-12)
    assert db == pytest.approx(bt.grad.item(), rel=1e-10, abs=1e-12)


def test_sigmoid_is_finite_for_huge_logits():
    ref = _reference()
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        p = ref.sigmoid(np.array([-1e4, -800.0, 0.0, 800.0, 1e4]))
    np.testing.assert_array_equal(p, [0.0, 0.0, 0.5, 1.0, 1.0])
