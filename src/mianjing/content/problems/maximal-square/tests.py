from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()


def brute(matrix):
    """Independent oracle for small matrices: test every square directly."""
    m = len(matrix)
    n = len(matrix[0]) if m else 0
    best = 0
    for i in range(m):
        for j in range(n):
            k = best + 1
            while i + k <= m and j + k <= n and all(
                    matrix[r][c] == 1 for r in range(i, i + k) for c in range(j, j + k)):
                best = k
                k += 1
    return best * best


def case(name, matrix, **kw):
    return Case(name, (matrix,), expected=brute(matrix), show_input=len(matrix) <= 12, **kw)


def cases(rng):
    yield Case("hand_worked", ([[1, 0, 1, 1, 1], [1, 1, 1, 1, 1], [0, 1, 1, 1, 0],
                                [1, 1, 1, 1, 0]],), expected=9)
    yield case("area_not_side", [[1, 1], [1, 1]], guards="return the area (4), not the side (2)")
    yield case("missing_diagonal_corner", [[0, 1], [1, 1]],
               guards="the top-left neighbour matters: min of all three, not of two")
    yield case("l_shape", [[1, 1, 1], [1, 1, 0], [1, 0, 0]])
    wide = [[1, 1, 0, 1, 1, 1, 1], [1, 1, 0, 1, 1, 1, 1], [0, 0, 0, 1, 1, 1, 1]]
    yield case("wide_matrix", wide, guards="m != n: rows and columns must not be swapped")
    yield case("tall_matrix", [list(col) for col in zip(*wide, strict=True)],
               guards="m != n: the best square lies beyond the first min(m, n) rows")
    yield Case("empty_matrix", ([],), expected=0, guards="m = 0: matrix[0] does not exist")
    yield case("all_zeros", [[0] * 4 for _ in range(3)])
    yield case("single_one", [[0, 0], [0, 1]])
    for i in range(8):
        m, n = (int(v) for v in rng.integers(1, 15, 2))
        yield case(f"random_{i}", (rng.random((m, n)) < 0.8).astype(int).tolist())
    yield Case("all_ones_300x300", (Generated("full", (300, 300), params={"value": 1},
                                              as_list=True),),
               expected=90000, timed=True, show_input=False,
               guards="O(mn) DP: growing a square from every cell is far too slow")
    yield Case("dense_random_300x250",
               (Generated("integers", (300, 250), seed=221, params={"low": 0, "high": 25},
                          as_list=True),),
               probe="threshold", timed=True, show_input=False)
