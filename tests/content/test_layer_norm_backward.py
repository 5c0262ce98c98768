"""The layer-norm-backward reference agrees with torch autograd through F.layer_norm."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/layer-norm-backward"


def _reference():
    spec = importlib.util.spec_from_file_location("layer_norm_backward_solution",
                                                  PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("shape,eps", [((4, 8), 1e-5), ((2, 3, 5), 1e-5), ((3, 2), 1e-3),
                                       ((2, 2, 3, 6), 0.1)])
def test_reference_matches_torch_autograd(shape, eps):
    ref = _reference()
    rng = np.random.default_rng(len(shape) * 10 + shape[-1])
    d = shape[-1]
    x, dout = rng.standard_normal(shape) * 3 + 1, rng.standard_normal(shape)
    gamma, beta = rng.standard_normal(d), rng.standard_normal(d)
    out, cache = ref.layer_norm_forward(x, gamma, beta, eps)
    dx, dgamma, dbeta = ref.layer_norm_backward(dout, cache)

    xt, gt, bt = (torch.tensor(a, requires_grad=True) for a in (x, gamma, beta))
    yt = torch.nn.functional.layer_norm(xt, (d,), gt, bt, eps)
    yt.backward(torch.from_numpy(dout))
    np.testing.assert_allclose(out, yt.detach().numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(dx, xt.grad.numpy(), rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(dgamma, gt.grad.numpy(), rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(dbeta, bt.grad.numpy(), rtol=1e-8, atol=1e-10)
