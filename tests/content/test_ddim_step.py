"""The DDIM reference against DDPM's posterior (eta = 1) and the forward marginal (eta = 0)."""

import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/ddim-step"
spec = importlib.util.spec_from_file_location("ddim_step_reference", PROBLEM / "solution.py")
reference = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reference)


@pytest.mark.parametrize(("abar_t", "abar_prev"), [(0.3, 0.35), (0.02, 0.1), (0.9, 0.95)])
def test_eta_one_is_the_ddpm_posterior(abar_t, abar_prev):
    """eta = 1, consecutive steps: mean and variance equal q(x_{t-1} | x_t, x0) of DDPM."""
    g = torch.Generator().manual_seed(0)
    x_t = torch.randn(3, 5, generator=g, dtype=torch.float64)
    eps = torch.randn(3, 5, generator=g, dtype=torch.float64)
    zero, one = torch.zeros_like(x_t), torch.ones_like(x_t)
    mean = reference.ddim_step(x_t, eps, abar_t, abar_prev, 1.0, zero)
    std = reference.ddim_step(x_t, eps, abar_t, abar_prev, 1.0, one) - mean

    alpha_t = abar_t / abar_prev
    beta_t = 1 - alpha_t
    x0 = (x_t - (1 - abar_t) ** 0.5 * eps) / abar_t ** 0.5
    post_mean = (abar_prev ** 0.5 * beta_t / (1 - abar_t) * x0
                 + alpha_t ** 0.5 * (1 - abar_prev) / (1 - abar_t) * x_t)
    post_var = (1 - abar_prev) / (1 - abar_t) * beta_t
    torch.testing.assert_close(mean, post_mean, rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(std, torch.full_like(std, post_var ** 0.5), rtol=1e-12, atol=1e-12)


def test_eta_zero_with_true_noise_matches_forward_marginal():
    g = torch.Generator().manual_seed(1)
    x0 = torch.randn(2, 3, 4, 4, generator=g, dtype=torch.float64)
    eps = torch.randn(2, 3, 4, 4, generator=g, dtype=torch.float64)
    for abar_t, abar_prev in [(0.1, 0.5), (0.4, 0.41), (0.7, 1.0)]:
        x_t = abar_t ** 0.5 * x0 + (1 - abar_t) ** 0.5 * eps
        got = reference.ddim_step(x_t, eps, abar_t, abar_prev)
        want = abar_prev ** 0.5 * x0 + (1 - abar_prev) ** 0.5 * eps
        torch.testing.assert_close(got, want, rtol=1e-12, atol=1e-12)


def test_cfg_interpolates_and_extrapolates():
    u, c = torch.randn(4, 8, dtype=torch.float64), torch.randn(4, 8, dtype=torch.float64)
    torch.testing.assert_close(reference.cfg_eps(u, c, 0.0), u)
    torch.testing.assert_close(reference.cfg_eps(u, c, 1.0), c)
    torch.testing.assert_close(reference.cfg_eps(u, c, 3.0), c + 2.0 * (c - u))
