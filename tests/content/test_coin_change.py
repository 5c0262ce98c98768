"""The coin-change DP agrees with exhaustive search over coin multiplicities."""

import importlib.util
import itertools
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/coin-change"


def _reference():
    spec = importlib.util.spec_from_file_location("coin_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _exhaustive(coins, amount):
    best = None
    ranges = [range(amount // c + 1) for c in coins]
    for counts in itertools.product(*ranges):
        if sum(k * c for k, c in zip(counts, coins, strict=True)) == amount:
            total = sum(counts)
            best = total if best is None else min(best, total)
    return -1 if best is None else best


def test_reference_matches_exhaustive_search():
    ref = _reference()
    rng = np.random.default_rng(11)
    for _ in range(200):
        coins = (rng.permutation(12)[:int(rng.integers(1, 4))] + 1).tolist()
        amount = int(rng.integers(0, 30))
        assert ref.coin_change(coins, amount) == _exhaustive(coins, amount)
