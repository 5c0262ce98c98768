from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()


def brute(matrix, queries):
    """Independent oracle: add up every cell of every rectangle."""
    return [sum(sum(row[c1:c2 + 1]) for row in matrix[r1:r2 + 1]) for r1, c1, r2, c2 in queries]


def random_queries(rng, m, n, count):
    out = []
    for _ in range(count):
        a, c = sorted(int(v) for v in rng.integers(0, m, 2))
        b, d = sorted(int(v) for v in rng.integers(0, n, 2))
        out.append((a, b, c, d))
    return out


def case(name, matrix, queries, **kw):
    return Case(name, (matrix, queries), probe="queries", expected=brute(matrix, queries), **kw)


def cases(rng):
    example = [[3, 0, 1], [5, 6, 3], [1, 2, 0]]
    yield Case("hand_worked", (example, [(1, 1, 2, 2), (0, 0, 0, 2), (0, 0, 2, 2)]),
               probe="queries", expected=[11, 4, 21])
    grid = [[3, 0, 1, 4, 2], [5, 6, 3, 2, 1], [1, 2, 0, 1, 5], [4, 1, 0, 1, 7], [1, 0, 3, 0, 5]]
    yield case("corner_and_edge_rectangles", grid,
               [(0, 0, 0, 0), (4, 4, 4, 4), (0, 0, 4, 4), (0, 4, 4, 4), (4, 0, 4, 4),
                (2, 1, 4, 3), (1, 2, 2, 4), (0, 1, 0, 3)],
               guards="inclusion-exclusion: the top-left corner block is subtracted twice "
                      "and must be added back; inclusive bounds at r2 and c2")
    yield case("single_cell", [[-7]], [(0, 0, 0, 0)])
    yield case("single_row", [[1, -2, 3, -4, 5]], [(0, 0, 0, 4), (0, 1, 0, 3), (0, 2, 0, 2)])
    yield case("single_column", [[1], [-2], [3], [-4]], [(0, 0, 3, 0), (1, 0, 2, 0)])
    yield Case("empty_matrix", ([], []), probe="queries", expected=[],
               guards="m = 0: reading matrix[0] for the width crashes")
    for m, n in [(6, 9), (13, 4), (20, 20)]:
        mat = rng.integers(-1000, 1000, (m, n)).tolist()
        yield case(f"random_{m}x{n}", mat, random_queries(rng, m, n, 60))
    mat = rng.integers(-10**12, 10**12, (8, 8)).tolist()
    yield case("large_values", mat, random_queries(rng, 8, 8, 30))
    for name, shape in (("tall", (2000, 50)), ("wide", (50, 2000))):
        yield Case(f"{name}_{shape[0]}x{shape[1]}_1e5_queries_constant_time",
                   (Generated("integers", shape, seed=304, params={"low": -1000, "high": 1000},
                              as_list=True),
                    Generated("integers", (100_000, 4), seed=305,
                              params={"low": 0, "high": 10**6}, as_list=True)),
                   probe="random_queries", timed=True, digest=True, show_input=False,
                   guards="O(1) per query: summing cells, or looping over rows/columns of "
                          "one-dimensional prefix sums, is too slow for 10^5 queries")
