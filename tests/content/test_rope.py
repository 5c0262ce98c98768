"""The rope reference against a complex-number formulation and the relative-position property."""

import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

PROBLEM = (Path(__file__).resolve().parents[2] / "src" / "mianjing" / "content" / "problems"
           / "rope")


def _reference():
    spec = importlib.util.spec_from_file_location("rope_reference", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.apply_rope


def _complex_rope(x, positions, base):
    """Pair (i, i + D/2) as the complex number x_i + 1j * x_{i+D/2}, multiplied by e^{i p theta_i}."""
    h = x.shape[-1] // 2
    theta = base ** (-2.0 * torch.arange(h, dtype=torch.float64) / x.shape[-1])
    rot = torch.polar(torch.ones(len(positions), h, dtype=torch.float64),
                      positions.double()[:, None] * theta[None, :])
    z = torch.complex(x[..., :h], x[..., h:]) * rot
    return torch.cat([z.real, z.imag], dim=-1)


@pytest.mark.parametrize(("shape", "base"), [((1, 1, 3, 2), 10000.0), ((2, 3, 7, 16), 10000.0),
                                             ((1, 2, 5, 64), 500000.0)])
def test_matches_complex_rotation(shape, base):
    g = torch.Generator().manual_seed(shape[-1])
    x = torch.randn(*shape, generator=g, dtype=torch.float64)
    positions = torch.randint(0, 5000, (shape[2],), generator=g)
    torch.testing.assert_close(_reference()(x, positions, base),
                               _complex_rope(x, positions, base), rtol=1e-12, atol=1e-12)


def test_scores_depend_only_on_position_difference():
    apply_rope = _reference()
    g = torch.Generator().manual_seed(0)
    q, k = torch.randn(32, generator=g, dtype=torch.float64), torch.randn(32, generator=g,
                                                                         dtype=torch.float64)

    def score(m, n):
        rq = apply_rope(q.view(1, 1, 1, -1), torch.tensor([m]))
        rk = apply_rope(k.view(1, 1, 1, -1), torch.tensor([n]))
        return float((rq * rk).sum())

    for m, n in [(0, 0), (5, 2), (40, 13), (1000, 1000)]:
        assert score(m, n) == pytest.approx(score(m + 77, n + 77), rel=1e-10, abs=1e-10)
    assert score(3, 3) == pytest.approx(float(q @ k), rel=1e-12)
