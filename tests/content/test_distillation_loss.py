"""The distillation-loss reference against torch's kl_div and cross_entropy."""

import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
import torch.nn.functional as F  # noqa: E402

PROBLEM = (Path(__file__).resolve().parents[2] / "src" / "mianjing" / "content" / "problems"
           / "distillation-loss")


def _reference():
    spec = importlib.util.spec_from_file_location("kd_reference", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.distillation_loss


def _torch_loss(s, t, y, T, alpha):
    kl = F.kl_div(F.log_softmax(s / T, dim=-1), F.softmax(t.detach() / T, dim=-1),
                  reduction="batchmean")
    return alpha * T**2 * kl + (1 - alpha) * F.cross_entropy(s, y)


@pytest.mark.parametrize(("N", "C", "T", "alpha"),
                         [(1, 2, 1.0, 0.5), (4, 5, 2.0, 0.5), (8, 10, 4.0, 0.9), (3, 7, 0.5, 0.3),
                          (16, 100, 2.0, 0.0), (6, 8, 3.0, 1.0)])
def test_matches_kl_div_and_cross_entropy(N, C, T, alpha):
    g = torch.Generator().manual_seed(N * 100 + C)
    s = (torch.randn(N, C, generator=g, dtype=torch.float64) * 2).requires_grad_(True)
    t = (torch.randn(N, C, generator=g, dtype=torch.float64) * 2).requires_grad_(True)
    y = torch.randint(0, C, (N,), generator=g)
    ours = _reference()(s, t, y, T, alpha)
    theirs = _torch_loss(s, t, y, T, alpha)
    assert ours.shape == () and ours.dtype == torch.float64
    torch.testing.assert_close(ours, theirs, rtol=1e-12, atol=1e-12)
    grad_ours, = torch.autograd.grad(ours, s)
    grad_theirs, = torch.autograd.grad(theirs, s)
    torch.testing.assert_close(grad_ours, grad_theirs, rtol=1e-10, atol=1e-12)


def test_teacher_gets_no_gradient():
    s = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
    t = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
    _reference()(s, t, torch.tensor([0, 1, 2]), 2.0, 0.5).backward()
    assert t.grad is None


def test_extreme_logits_match_kl_div():
    s = torch.tensor([[0.0, -2000.0, 5.0], [1500.0, 0.0, -800.0]], dtype=torch.float64)
    t = torch.tensor([[0.0, -5.0, 1.0], [0.0, -3000.0, 2.0]], dtype=torch.float64)
    y = torch.tensor([1, 2])
    ours = _reference()(s, t, y, 1.0, 0.5)
    assert torch.isfinite(ours)
    torch.testing.assert_close(ours, _torch_loss(s, t, y, 1.0, 0.5), rtol=1e-12, atol=1e-9)
