"""The mlp-backprop reference agrees with torch autograd and its SGD step with torch.optim.SGD."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/mlp-backprop"


def _reference():
    spec = importlib.util.spec_from_file_location("mlp_backprop_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _torch_loss(params, X, y):
    W1, b1, W2, b2 = params
    logits = torch.relu(X @ W1 + b1) @ W2 + b2
    return torch.nn.functional.cross_entropy(logits, y)


@pytest.mark.parametrize("n,d,h,c", [(8, 4, 6, 3), (1, 3, 2, 5), (32, 10, 16, 7)])
def test_gradients_and_sgd_match_torch(n, d, h, c):
    rng = np.random.default_rng(n + d + h + c)
    params = [rng.standard_normal((d, h)), rng.standard_normal(h) * 0.1,
              rng.standard_normal((h, c)), rng.standard_normal(c) * 0.1]
    X, y = rng.standard_normal((n, d)), rng.integers(0, c, n)
    model = _reference().MLP(*params)
    tparams = [torch.tensor(p, requires_grad=True) for p in params]
    opt = torch.optim.SGD(tparams, lr=0.3)
    for _ in range(3):
        loss = model.forward(X, y)
        grads = model.backward()
        opt.zero_grad()
        tloss = _torch_loss(tparams, torch.from_numpy(X), torch.from_numpy(y))
        tloss.backward()
        assert loss == pytest.approx(tloss.item(), rel=1e-10)
        for name, tp in zip(("W1", "b1", "W2", "b2"), tparams, strict=True):
            np.testing.assert_allclose(grads[name], tp.grad.numpy(), rtol=1e-8, atol=1e-12)
        model.train_step(0.3)
        opt.step()
    for name, tp in zip(("W1", "b1", "W2", "b2"), tparams, strict=True):
        np.testing.assert_allclose(getattr(model, name), tp.detach().numpy(), rtol=1e-10)
