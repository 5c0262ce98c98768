"""The edit-distance reference agrees with a memoised recursion over the three operations."""

import importlib.util
from functools import lru_cache
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/edit-distance"


def _reference():
    spec = importlib.util.spec_from_file_location("ed_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _recursive(a, b):
    @lru_cache(None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return len(a) - i + len(b) - j
        return min(go(i + 1, j) + 1, go(i, j + 1) + 1, go(i + 1, j + 1) + (a[i] != b[j]))

    return go(0, 0)


def test_reference_matches_recursion():
    ref = _reference()
    rng = np.random.default_rng(9)
    for _ in range(300):
        a = "".join("abc"[int(i)] for i in rng.integers(0, 3, int(rng.integers(0, 12))))
        b = "".join("abc"[int(i)] for i in rng.integers(0, 3, int(rng.integers(0, 12))))
        assert ref.min_distance(a, b) == _recursive(a, b)
