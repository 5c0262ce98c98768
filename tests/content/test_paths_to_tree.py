"""The paths-to-tree reference agrees with a brute-force tree built from the set of prefixes."""

import importlib.util
from pathlib import Path

import numpy as np

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/paths-to-tree"


def _reference():
    spec = importlib.util.spec_from_file_location("paths_to_tree_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _brute_lines(paths):
    """Every node is a distinct prefix tuple; draw it by sorting prefixes component-wise."""
    prefixes = set()
    for p in paths:
        parts = tuple(x for x in p.split("/") if x)
        prefixes.update(parts[:i] for i in range(1, len(parts) + 1))

    def children(prefix):
        return sorted(q[-1] for q in prefixes if len(q) == len(prefix) + 1 and q[:-1] == prefix)

    lines = ["."]

    def walk(prefix, indent):
        names = children(prefix)
        for i, name in enumerate(names):
            last = i == len(names) - 1
            lines.append(indent + ("└── " if last else "├── ") + name)
            walk(prefix + (name,), indent + ("    " if last else "│   "))

    walk((), "")
    return "\n".join(lines), prefixes


def _flatten(tree, prefix=()):
    out = set()
    for name, sub in tree.items():
        out.add(prefix + (name,))
        out |= _flatten(sub, prefix + (name,))
    return out


def test_reference_matches_brute_force():
    ref = _reference()
    rng = np.random.default_rng(0)
    names = ["a", "B", "c.txt", "", "..", "日志", "x y"]
    for _ in range(200):
        paths = ["/".join(names[int(i)] for i in rng.integers(0, len(names), rng.integers(0, 5)))
                 for _ in range(int(rng.integers(0, 12)))]
        text, prefixes = _brute_lines(paths)
        assert ref.render_tree(paths) == text
        assert _flatten(ref.build_tree(paths)) == prefixes
