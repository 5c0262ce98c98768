"""The flash-attention reference equals torch's exact attention for any tiling."""

import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
F = torch.nn.functional

PROBLEM = (Path(__file__).resolve().parents[2] / "src" / "mianjing" / "content" / "problems"
           / "flash-attention")


def _flash_attention():
    spec = importlib.util.spec_from_file_location("flash_reference", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.flash_attention


@pytest.mark.parametrize("Lq, Lk, causal, block_size", [
    (100, 100, False, 32), (100, 100, True, 32), (37, 91, False, 16), (20, 20, True, 7),
    (20, 20, True, 64), (1, 1, True, 4), (64, 64, True, 1),
])
def test_matches_torch_sdpa(Lq, Lk, causal, block_size):
    torch.manual_seed(0)
    q = torch.randn(2, 3, Lq, 16, dtype=torch.float64)
    k = torch.randn(2, 3, Lk, 16, dtype=torch.float64)
    v = torch.randn(2, 3, Lk, 8, dtype=torch.float64)
    got = _flash_attention()(q, k, v, causal=causal, block_size=block_size)
    torch.testing.assert_close(got, F.scaled_dot_product_attention(q, k, v, is_causal=causal),
                               rtol=1e-10, atol=1e-12)


def test_large_scores_stay_finite():
    torch.manual_seed(0)
    q, k = 20 * torch.randn(2, 1, 48, 16), 20 * torch.randn(2, 1, 48, 16)
    v = torch.randn(2, 1, 48, 16)
    got = _flash_attention()(q, k, v, block_size=16)
    assert got.dtype == torch.float32
    torch.testing.assert_close(got, F.scaled_dot_product_attention(q, k, v), rtol=1e-4,
                               atol=1e-5)
