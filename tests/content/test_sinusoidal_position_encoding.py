"""The sinusoidal-position-encoding reference against a scalar double loop."""

import importlib.util
import math
from pathlib import Path

import pytest

PROBLEM = (Path(__file__).resolve().parents[2] / "src" / "mianjing" / "content" / "problems"
           / "sinusoidal-position-encoding")


def _reference():
    spec = importlib.util.spec_from_file_location("sinpe_reference", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.sinusoidal_position_encoding


@pytest.mark.parametrize(("max_len", "d_model"), [(1, 1), (3, 4), (5, 3), (20, 7), (64, 32)])
def test_matches_scalar_loop(max_len, d_model):
    pe = _reference()(max_len, d_model)
    assert pe.shape == (max_len, d_model) and pe.dtype.name == "float64"
    for pos in range(max_len):
        for j in range(d_model):
            angle = pos / 10000 ** ((j - j % 2) / d_model)
            want = math.sin(angle) if j % 2 == 0 else math.cos(angle)
            assert pe[pos, j] == pytest.approx(want, rel=1e-12, abs=1e-12)
