"""The course-schedule reference returns a valid order exactly when brute force finds one."""

import importlib.util
import itertools
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/course-schedule"


def _reference():
    spec = importlib.util.spec_from_file_location("cs_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _valid(order, n, edges):
    pos = {c: i for i, c in enumerate(order)}
    return sorted(order) == list(range(n)) and all(pos[b] < pos[a] for a, b in edges)


def test_reference_matches_permutation_search():
    ref = _reference()
    rng = np.random.default_rng(7)
    for _ in range(300):
        n = int(rng.integers(1, 6))
        edges = rng.integers(0, n, (int(rng.integers(0, 7)), 2)).tolist()
        possible = any(_valid(list(p), n, edges) for p in itertools.permutations(range(n)))
        got = ref.find_order(n, edges)
        assert (got == []) == (not possible)
        if possible:
            assert _valid(got, n, edges)
