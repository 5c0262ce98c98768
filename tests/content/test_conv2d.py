"""The conv2d reference agrees with torch.nn.functional.conv2d."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/conv2d"


def _reference():
    spec = importlib.util.spec_from_file_location("conv2d_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("x_shape,w_shape,stride,padding", [
    ((2, 3, 6, 5), (4, 3, 3, 3), 1, 0),
    ((2, 2, 7, 6), (3, 2, 3, 2), 2, 1),
    ((1, 2, 8, 9), (2, 2, 3, 2), 3, 0),
    ((1, 1, 4, 4), (1, 1, 3, 3), 1, 2),
    ((3, 4, 5, 5), (6, 4, 1, 1), 1, 0),
    ((2, 3, 4, 5), (2, 3, 4, 5), 1, 0),
    ((2, 8, 16, 16), (5, 8, 5, 5), 2, 2),
])
def test_reference_matches_torch_conv2d(x_shape, w_shape, stride, padding):
    rng = np.random.default_rng(sum(x_shape) + sum(w_shape))
    x, w, b = (rng.standard_normal(x_shape), rng.standard_normal(w_shape),
               rng.standard_normal(w_shape[0]))
    expected = torch.nn.functional.conv2d(torch.from_numpy(x), torch.from_numpy(w),
                                          torch.from_numpy(b), stride=stride, padding=padding)
    got = _reference().conv2d(x, w, b, stride=stride, padding=padding)
    assert got.shape == tuple(expected.shape)
    np.testing.assert_allclose(got, expected.numpy(), rtol=1e-10, atol=1e-10)
