"""The FM reference's O(kn) identity agrees with the pairwise definition."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/factorization-machine"


def _reference():
    spec = importlib.util.spec_from_file_location("fm_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("N,n,k", [(1, 1, 1), (3, 2, 4), (5, 7, 3), (8, 20, 6)])
def test_reference_matches_pairwise_definition(N, n, k):
    rng = np.random.default_rng(N * 100 + n * 10 + k)
    X = rng.standard_normal((N, n)) * 2
    w0, w, V = float(rng.normal()), rng.standard_normal(n), rng.standard_normal((n, k))
    expected = np.array([
        w0 + x @ w + sum((V[i] @ V[j]) * x[i] * x[j] for i in range(n) for j in range(i + 1, n))
        for x in X])
    np.testing.assert_allclose(_reference().fm_predict(X, w0, w, V), expected,
                               rtol=1e-10, atol=1e-10)
