"""The quadrilinear reference against torch's trilinear grid_sample (border, align_corners)."""

import importlib.util
import itertools
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
F = torch.nn.functional

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/quadrilinear-interpolation"
spec = importlib.util.spec_from_file_location("quadrilinear_reference", PROBLEM / "solution.py")
reference = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reference)


def trilinear(volume, coords3):
    """grid_sample on a (C, D1, D2, D3) volume at index coords (N, 3): returns (N, C)."""
    sizes = torch.tensor(volume.shape[1:], dtype=coords3.dtype)
    norm = 2 * coords3 / (sizes - 1).clamp(min=1) - 1        # index -> [-1, 1], align_corners
    xyz = norm.flip(-1).view(1, 1, 1, -1, 3)                  # grid_sample wants (x, y, z)
    out = F.grid_sample(volume[None], xyz, mode="bilinear", padding_mode="border",
                        align_corners=True)                   # (1, C, 1, 1, N)
    return out[0, :, 0, 0].T


def quadrilinear_via_grid_sample(grid, coords):
    """Two trilinear samples along D1..D3, then linear interpolation along D4."""
    d4 = grid.shape[-1]
    x4 = coords[:, 3].clamp(0, d4 - 1)
    l0 = x4.floor().long()
    l1 = (l0 + 1).clamp(max=d4 - 1)
    f = (x4 - l0)[:, None]
    slices = [trilinear(grid[..., k], coords[:, :3]) for k in range(d4)]
    stacked = torch.stack(slices)                             # (D4, N, C)
    n = torch.arange(len(coords))
    return (1 - f) * stacked[l0, n] + f * stacked[l1, n]


@pytest.mark.parametrize("seed", range(4))
def test_matches_grid_sample(seed):
    g = torch.Generator().manual_seed(seed)
    sizes = [int(s) for s in torch.randint(2, 7, (4,), generator=g)]
    grid = torch.randn(3, *sizes, generator=g, dtype=torch.float64)
    coords = torch.rand(500, 4, generator=g, dtype=torch.float64) * (max(sizes) + 2) - 1
    coords[:5] = torch.tensor(sizes, dtype=torch.float64) - 1      # exactly on the upper border
    got = reference.quadrilinear_interpolate(grid, coords)
    torch.testing.assert_close(got, quadrilinear_via_grid_sample(grid, coords),
                               rtol=1e-10, atol=1e-10)


def test_trilinear_special_case():
    grid = torch.randn(2, 5, 4, 6, 1, dtype=torch.float64)
    coords = torch.rand(200, 4, dtype=torch.float64) * 6 - 0.5
    got = reference.quadrilinear_interpolate(grid, coords)
    torch.testing.assert_close(got, trilinear(grid[..., 0], coords[:, :3]), rtol=1e-10,
                               atol=1e-10)


def test_matches_point_loop():
    rng = np.random.default_rng(0)
    grid = rng.standard_normal((2, 3, 4, 2, 5))
    coords = rng.uniform(-1, 6, (30, 4))
    got = reference.quadrilinear_interpolate(torch.from_numpy(grid), torch.from_numpy(coords))
    for n, point in enumerate(coords):
        x = np.clip(point, 0, np.array(grid.shape[1:]) - 1)
        lo = np.floor(x).astype(int)
        want = np.zeros(2)
        for corner in itertools.product((0, 1), repeat=4):
            idx = np.minimum(lo + np.array(corner), np.array(grid.shape[1:]) - 1)
            w = np.prod(np.where(corner, x - lo, 1 - (x - lo)))
            want += w * grid[(slice(None), *idx)]
        np.testing.assert_allclose(got[n].numpy(), want, rtol=1e-12, atol=1e-12)
