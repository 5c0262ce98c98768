"""The top-k-frequent reference agrees with Counter.most_common plus the tie rule."""

import importlib.util
from collections import Counter
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/top-k-frequent"


def _reference():
    spec = importlib.util.spec_from_file_location("topk_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_matches_counter():
    ref = _reference()
    rng = np.random.default_rng(3)
    for _ in range(300):
        nums = rng.integers(-6, 6, int(rng.integers(1, 40))).tolist()
        ranked = sorted(Counter(nums).items(), key=lambda item: (-item[1], item[0]))
        k = int(rng.integers(1, len(ranked) + 1))
        assert ref.top_k_frequent(nums, k) == [x for x, _ in ranked[:k]]
