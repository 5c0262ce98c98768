"""The LCA reference agrees with an ancestor-set walk on random trees."""

import importlib.util
from pathlib import Path

import numpy as np

from mianjing.judge.structures import TreeNode

PROBLEM = (Path(__file__).resolve().parents[2]
           / "src/mianjing/content/problems/lowest-common-ancestor")


def _reference():
    spec = importlib.util.spec_from_file_location("lca_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_matches_ancestor_walk():
    ref = _reference()
    rng = np.random.default_rng(8)
    for _ in range(200):
        n = int(rng.integers(2, 40))
        nodes = [TreeNode(i) for i in range(n)]
        parent = {nodes[0]: None}
        free = [(nodes[0], "left"), (nodes[0], "right")]
        for node in nodes[1:]:
            owner, side = free.pop(int(rng.integers(len(free))))
            setattr(owner, side, node)
            parent[node] = owner
            free += [(node, "left"), (node, "right")]
        p, q = (nodes[int(i)] for i in rng.integers(0, n, 2))
        above, x = set(), p
        while x is not None:
            above.add(x)
            x = parent[x]
        y = q
        while y not in above:
            y = parent[y]
        assert ref.lowest_common_ancestor(nodes[0], p, q) is y
