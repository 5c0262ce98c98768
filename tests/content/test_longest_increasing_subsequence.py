"""The O(n log n) LIS reference agrees with brute force over all subsequences."""

import importlib.util
import itertools
from pathlib import Path

import numpy as np

PROBLEM = (Path(__file__).resolve().parents[2]
           / "src/mianjing/content/problems/longest-increasing-subsequence")


def _reference():
    spec = importlib.util.spec_from_file_location("lis_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _brute(nums):
    for r in range(len(nums), 0, -1):
        for idx in itertools.combinations(range(len(nums)), r):
            if all(nums[idx[t]] < nums[idx[t + 1]] for t in range(r - 1)):
                return r
    return 0


def test_reference_matches_brute_force():
    ref = _reference()
    rng = np.random.default_rng(10)
    for _ in range(300):
        nums = rng.integers(-4, 4, int(rng.integers(0, 11))).tolist()
        assert ref.length_of_lis(nums) == _brute(nums)
