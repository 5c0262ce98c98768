"""The two-pointer reference agrees with the per-bar brute force."""

import importlib.util
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/trapping-rain-water"


def _reference():
    spec = importlib.util.spec_from_file_location("trw_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_matches_brute_force():
    ref = _reference()
    rng = np.random.default_rng(6)
    for _ in range(500):
        h = rng.integers(0, 8, int(rng.integers(0, 30))).tolist()
        brute = sum(min(max(h[:i + 1]), max(h[i:])) - h[i] for i in range(len(h)))
        assert ref.trap(h) == brute
