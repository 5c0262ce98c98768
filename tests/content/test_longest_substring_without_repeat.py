"""The sliding-window reference agrees with brute force over all substrings."""

import importlib.util
from pathlib import Path

import numpy as np

PROBLEM = (Path(__file__).resolve().parents[2]
           / "src/mianjing/content/problems/longest-substring-without-repeat")


def _reference():
    spec = importlib.util.spec_from_file_location("lsw_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_matches_brute_force():
    ref = _reference()
    rng = np.random.default_rng(5)
    for _ in range(400):
        s = "".join("abcd e"[int(i)] for i in rng.integers(0, 6, int(rng.integers(0, 25))))
        brute = max((j - i for i in range(len(s)) for j in range(i, len(s) + 1)
                     if len(set(s[i:j])) == j - i), default=0)
        assert ref.length_of_longest_substring(s) == brute
