"""The backtracking reference produces exactly itertools.permutations."""

import importlib.util
import itertools
from pathlib import Path

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/permutations"


def _reference():
    spec = importlib.util.spec_from_file_location("perm_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_matches_itertools():
    ref = _reference()
    for n in range(0, 7):
        nums = [3 * i - 5 for i in range(n)]
        got = ref.permute(list(nums))
        assert sorted(map(tuple, got)) == sorted(itertools.permutations(nums))
        assert all(isinstance(p, list) for p in got)
