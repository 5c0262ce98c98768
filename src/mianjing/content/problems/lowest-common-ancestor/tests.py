from collections import deque

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.exact()
TIME_FACTOR = 6.0

SAMPLE = [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4]


def _random_tree(rng, n, values, spine=0):
    """Children lists of a random binary tree: a `spine`-long path from the root, then the
    remaining nodes attached at random free slots below the spine's end."""
    left, right = {}, {}
    nodes = [values[0]]
    for i in range(1, spine):
        (left if rng.random() < 0.5 else right)[values[i - 1]] = values[i]
        nodes.append(values[i])
    start = max(spine, 1)
    free = [(values[start - 1], "l"), (values[start - 1], "r")]
    for v in values[start:n]:
        j = int(rng.integers(len(free)))
        parent, side = free[j]
        free[j] = free[-1]
        free.pop()
        (left if side == "l" else right)[parent] = v
        free += [(v, "l"), (v, "r")]
        nodes.append(v)
    return values[0], left, right


def _level_order(root, left, right):
    out, queue = [], deque([root])
    while queue:
        v = queue.popleft()
        out.append(v)
        if v is not None:
            queue.append(left.get(v))
            queue.append(right.get(v))
    while out and out[-1] is None:
        out.pop()
    return out


def _parents(root, left, right):
    parent = {root: None}
    for table in (left, right):
        for p, c in table.items():
            parent[c] = p
    return parent


def _lca(parent, p, q):
    """Independent: mark p's ancestors, walk up from q."""
    seen = set()
    while p is not None:
        seen.add(p)
        p = parent[p]
    while q not in seen:
        q = parent[q]
    return q


def cases(rng):
    yield Case("hand_worked_split", (SAMPLE, 5, 1), probe="lca", expected=3)
    yield Case("ancestor_is_itself", (SAMPLE, 5, 4), probe="lca", expected=5,
               guards="a node is its own descendant: if p is above q, the answer is p itself")
    yield Case("same_side_deep", (SAMPLE, 7, 6), probe="lca", expected=5)
    yield Case("root_and_leaf", (SAMPLE, 4, 3), probe="lca", expected=3)
    yield Case("p_equals_q", (SAMPLE, 7, 7), probe="lca", expected=7)
    yield Case("not_a_bst", ([1, 9, 2, 3, 8], 3, 8), probe="lca", expected=9,
               guards="this is not a search tree: values do not tell which side to search")
    yield Case("two_nodes", ([1, 2], 2, 1), probe="lca", expected=1)
    yield Case("negative_values", ([-1, 0, 3, -2, 4, None, None, 8], 8, 4), probe="lca",
               expected=0)
    for i in range(6):
        n = int(rng.integers(2, 60))
        values = (rng.permutation(200)[:n] - 100).tolist()
        root, left, right = _random_tree(rng, n, values)
        parent = _parents(root, left, right)
        p, q = (values[int(j)] for j in rng.integers(0, n, 2))
        yield Case(f"random_{i}", (_level_order(root, left, right), p, q), probe="lca",
                   expected=_lca(parent, p, q))
    n, spine = 30_000, 650
    values = rng.permutation(n).tolist()
    root, left, right = _random_tree(rng, n, values, spine=spine)
    parent = _parents(root, left, right)
    p, q = values[n - 1], values[n - 2]
    yield Case("large_deep_spine", (_level_order(root, left, right), p, q), probe="lca",
               expected=_lca(parent, p, q), timed=True, show_input=False,
               guards="O(n): re-searching whole subtrees at every level of a 650-deep path "
                      "is O(n·h)")
