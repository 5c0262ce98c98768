"""The scramble-string reference against brute force: every scramble of s1, enumerated."""

import importlib.util
import itertools
from functools import cache
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/scramble-string"


def _reference():
    spec = importlib.util.spec_from_file_location("scramble_reference", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.is_scramble


@cache
def all_scrambles(s: str) -> frozenset[str]:
    """Every string the split-and-maybe-swap process can produce from s."""
    if len(s) <= 1:
        return frozenset([s])
    out = set()
    for k in range(1, len(s)):
        for a in all_scrambles(s[:k]):
            for b in all_scrambles(s[k:]):
                out.add(a + b)
                out.add(b + a)
    return frozenset(out)


def test_reference_matches_enumeration_on_every_permutation():
    is_scramble = _reference()
    for s in ("abcd", "abcde", "aabc", "abcdef"):
        reachable = all_scrambles(s)
        for t in {"".join(p) for p in itertools.permutations(s)}:
            assert is_scramble(s, t) == (t in reachable), (s, t)


def test_reference_matches_enumeration_on_random_pairs():
    is_scramble = _reference()
    rng = np.random.default_rng(87)
    for _ in range(200):
        n = int(rng.integers(1, 8))
        s = "".join(rng.choice(list("abc"), n))
        t = "".join(rng.permutation(list(s)))
        assert is_scramble(s, t) == (t in all_scrambles(s)), (s, t)
