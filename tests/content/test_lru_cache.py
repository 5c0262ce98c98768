"""The lru-cache reference agrees with an OrderedDict model on random operation lists."""

import importlib.util
from collections import OrderedDict
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/lru-cache"


def _reference():
    spec = importlib.util.spec_from_file_location("lru_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_matches_ordered_dict():
    ref = _reference()
    rng = np.random.default_rng(2)
    for _ in range(100):
        capacity = int(rng.integers(1, 6))
        cache, model = ref.LRUCache(capacity), OrderedDict()
        for i in range(200):
            key = int(rng.integers(0, 10))
            if rng.random() < 0.5:
                want = model.get(key, -1)
                if key in model:
                    model.move_to_end(key)
                assert cache.get(key) == want
            else:
                model[key] = i
                model.move_to_end(key)
                if len(model) > capacity:
                    model.popitem(last=False)
                cache.put(key, i)
        assert len(cache.map) == len(model)
