"""The kth-largest quickselect reference agrees with sorting."""

import importlib.util
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/kth-largest"


def _reference():
    spec = importlib.util.spec_from_file_location("kth_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_matches_sorting():
    ref = _reference()
    rng = np.random.default_rng(4)
    for _ in range(500):
        nums = rng.integers(-5, 5, int(rng.integers(1, 30))).tolist()
        k = int(rng.integers(1, len(nums) + 1))
        assert ref.find_kth_largest(list(nums), k) == sorted(nums, reverse=True)[k - 1]


def test_all_equal_and_sorted_are_fast():
    ref = _reference()
    assert ref.find_kth_largest([7] * 100_000, 50_000) == 7
    assert ref.find_kth_largest(list(range(100_000)), 1) == 99_999
