import heapq

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()


def prim(n, edges):
    """Independent oracle: lazy Prim with a heap from vertex 0 (the reference is Kruskal)."""
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((w, v))
        adj[v].append((w, u))
    seen = [False] * n
    heap, total, count = [(0, 0)], 0, 0
    while heap:
        w, u = heapq.heappop(heap)
        if seen[u]:
            continue
        seen[u] = True
        total += w
        count += 1
        for item in adj[u]:
            if not seen[item[1]]:
                heapq.heappush(heap, item)
    return total if count == n else -1


def case(name, n, edges, **kw):
    return Case(name, (n, edges), expected=prim(n, edges), show_input=len(edges) <= 20, **kw)


def random_graph(rng, n, m, low=-20, high=50):
    return [(int(rng.integers(0, n)), int(rng.integers(0, n)), int(rng.integers(low, high)))
            for _ in range(m)]


def cases(rng):
    example = [(0, 1, 3), (1, 2, 1), (2, 3, 4), (0, 2, 2), (1, 3, 6), (0, 3, 5)]
    yield Case("hand_worked", (4, example), expected=7)
    yield Case("hand_worked_disconnected", (3, [(0, 1, 1)]), expected=-1,
               guards="fewer than n - 1 tree edges means the graph is not connected")
    yield case("single_vertex", 1, [], guards="n = 1: the empty tree weighs 0")
    yield case("two_vertices_no_edge", 2, [])
    yield case("parallel_edges", 3, [(0, 1, 9), (1, 2, 4), (0, 1, 2), (1, 0, 7)],
               guards="parallel edges: the lightest one counts, not the last one read")
    yield case("self_loops", 3, [(0, 0, -5), (0, 1, 3), (1, 1, -8), (1, 2, 2)],
               guards="a self-loop never joins two components, even with a negative weight")
    yield case("negative_weights", 4, [(0, 1, -3), (1, 2, -1), (2, 3, 0), (0, 3, -2), (1, 3, 5)])
    yield case("edges_as_lists", 3, [[0, 1, 4], [1, 2, 5], [0, 2, 1]])
    yield case("unsorted_input_order", 5, [(0, 1, 10), (1, 2, 10), (2, 3, 10), (3, 4, 10),
                                           (0, 2, 1), (1, 3, 1), (2, 4, 1), (0, 4, 1)],
               guards="edges must be taken in order of weight")
    yield case("two_components", 6, [(0, 1, 1), (1, 2, 1), (3, 4, 1), (4, 5, 1), (0, 2, 1)])
    for i in range(8):
        n = int(rng.integers(2, 30))
        yield case(f"random_{i}", n, random_graph(rng, n, int(rng.integers(n - 1, 4 * n))))
    yield case("random_dense_200", 200, random_graph(rng, 200, 3000))
    n = 20_000
    for name, backwards in (("forward", False), ("backward", True)):
        yield Case(f"long_chain_{name}", (n, 50_000), {"backwards": backwards}, probe="chain",
                   expected=sum(range(n - 1)), timed=True,
                   guards="union-find needs path compression (or union by rank): a 2·10^4-long "
                          "parent chain walked 5·10^4 times")
    yield Case("sparse_1e4_vertices_2e5_edges",
               (10_000, Generated("integers", (200_000, 3), seed=1, params={"low": 0,
                                                                            "high": 10_000},
                                  as_list=True)),
               timed=True, show_input=False,
               guards="O(m log m): an O(n^2) Prim scans all vertices for every vertex added")
