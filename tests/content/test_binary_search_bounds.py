"""The binary-search-bounds reference agrees with bisect."""

import bisect
import importlib.util
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/binary-search-bounds"


def _reference():
    spec = importlib.util.spec_from_file_location("bsb_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_matches_bisect():
    ref = _reference()
    rng = np.random.default_rng(1)
    for _ in range(300):
        nums = sorted(rng.integers(-8, 8, int(rng.integers(0, 20))).tolist())
        for target in range(-10, 11):
            assert ref.lower_bound(nums, target) == bisect.bisect_left(nums, target)
            assert ref.upper_bound(nums, target) == bisect.bisect_right(nums, target)
