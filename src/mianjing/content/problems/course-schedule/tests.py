from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated


def forward_edges(n, a, b):
    return [[max(x, y), min(x, y)] for x, y in zip(a, b, strict=True) if x != y]


def chain_edges(n):
    return [[i + 1, i] for i in reversed(range(n - 1))]


def _graph(case):
    """(n, prerequisites) of a case, rebuilt in the judge the same way the probes build them."""
    if case.probe == "random_dag":
        n, a, b = case.args
        a = a.materialize() if isinstance(a, Generated) else a
        b = b.materialize() if isinstance(b, Generated) else b
        return n, forward_edges(n, a, b)
    if case.probe == "chain":
        return case.args[0], chain_edges(case.args[0])
    return case.args[0], case.args[1]


def check_order(got, expected, case):
    """Any topological order is right; [] exactly when the reference finds none."""
    n, prerequisites = _graph(case)
    if not isinstance(got, (list, tuple)):
        raise checkers.Mismatch(f"expected a list, got {type(got).__name__}")
    if expected == []:
        if list(got) != []:
            raise checkers.Mismatch(f"the prerequisites contain a cycle, so the answer is [], "
                                    f"got a list of {len(got)} courses")
        return
    if len(got) != n:
        raise checkers.Mismatch(f"expected an order of all {n} courses, got {len(got)} items"
                                + (" ([] means impossible, but an order exists)" if not got
                                   else ""))
    position = {}
    for i, c in enumerate(got):
        if not isinstance(c, int) or isinstance(c, bool) or not 0 <= c < n:
            raise checkers.Mismatch(f"item {i} is {c!r}, not a course number in [0, {n})")
        if c in position:
            raise checkers.Mismatch(f"course {c} appears twice (positions {position[c]} and {i})")
        position[c] = i
    for a, b in prerequisites:
        if position[b] > position[a]:
            raise checkers.Mismatch(f"[{a}, {b}] requires {b} before {a}, but {a} is at position "
                                    f"{position[a]} and {b} at {position[b]}")


COMPARE = check_order
TIME_FACTOR = 10.0


def cases(rng):
    hand = [[1, 0], [2, 0], [3, 1], [3, 2]]
    yield Case("hand_worked", (4, hand), expected=[0, 1, 2, 3])
    yield Case("two_cycle", (2, [[1, 0], [0, 1]]), expected=[],
               guards="a cycle makes it impossible: return [], not a partial order")
    yield Case("direction_matters", (3, [[0, 1], [1, 2]]), expected=[2, 1, 0],
               guards="[a, b] means b comes first")
    yield Case("no_prerequisites", (3, []), expected=[0, 1, 2])
    yield Case("single_course", (1, []), expected=[0])
    yield Case("self_loop", (3, [[1, 0], [2, 2]]), expected=[],
               guards="a self-loop [a, a] can never be satisfied")
    yield Case("duplicate_edges", (3, [[1, 0], [1, 0], [2, 1], [2, 1]]), expected=[0, 1, 2],
               guards="a repeated edge is counted and removed the same number of times")
    yield Case("cycle_not_reachable_from_sources", (5, [[1, 0], [3, 2], [4, 3], [2, 4]]),
               expected=[], guards="a cycle among later courses still makes it impossible")
    yield Case("disconnected", (6, [[1, 0], [4, 3], [5, 4]]), expected=[0, 1, 2, 3, 4, 5])
    yield Case("diamond_long", (6, [[5, 4], [4, 3], [4, 2], [3, 1], [2, 1], [1, 0], [5, 0]]),
               expected=[0, 1, 2, 3, 4, 5])
    for i in range(5):
        n = int(rng.integers(2, 30))
        m = int(rng.integers(0, 3 * n))
        perm = rng.permutation(n).tolist()
        edges = []
        for _ in range(m):
            x, y = sorted(rng.integers(0, n, 2).tolist())
            if x != y:
                edges.append([perm[y], perm[x]])
        if i % 2 and edges:          # close a cycle through one existing edge
            a, b = edges[int(rng.integers(len(edges)))]
            edges.append([b, a])
        yield Case(f"random_{i}", (n, edges))
    yield Case("long_chain_iterative", (50_000,), probe="chain", show_input=False,
               guards="a 5·10^4-long chain: recursive DFS overflows Python's recursion limit")
    n = 50_000
    yield Case("large_random_dag",
               (n, Generated("integers", (100_000,), seed=51, params={"low": 0, "high": n},
                             as_list=True),
                Generated("integers", (100_000,), seed=52, params={"low": 0, "high": n},
                          as_list=True)),
               probe="random_dag", timed=True,
               guards="O(V + E): rescanning every course for in-degree 0 each round is O(V^2)")
