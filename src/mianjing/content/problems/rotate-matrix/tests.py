from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

_EXACT = checkers.exact()


def check_in_place(got, expected, case):
    """The caller's matrix must hold the rotation, in the same row lists."""
    if not isinstance(got, dict):
        raise checkers.Mismatch(f"probe returned {type(got).__name__}")
    original = case.args[0]
    if isinstance(original, list) and got["matrix"] == original \
            and original != expected["matrix"]:
        raise checkers.Mismatch("the caller's matrix is unchanged after rotate(): assigning "
                                "`matrix = ...` only rebinds your local name; write into it")
    _EXACT(got["matrix"], expected["matrix"], case)
    if not got["rows_kept"]:
        raise checkers.Mismatch("values are right but the row lists were replaced "
                                "(e.g. matrix[:] = [...]): that uses O(n^2) extra memory; "
                                "swap elements inside the existing rows")


COMPARE = check_in_place


def rotated(m):
    """Independent oracle: element (i, j) moves to (j, n - 1 - i)."""
    n = len(m)
    out = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            out[j][n - 1 - i] = m[i][j]
    return out


def case(name, m, **kw):
    copy = [list(row) for row in m]
    return Case(name, (copy,), probe="rotate",
                expected={"matrix": rotated(m), "rows_kept": True}, **kw)


def cases(rng):
    yield case("hand_worked_3x3", [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
               guards="the statement example: clockwise, written into the caller's matrix")
    yield case("hand_worked_4x4", [[5, 1, 9, 11], [2, 4, 8, 10], [13, 3, 6, 7], [15, 14, 12, 16]])
    yield case("empty", [], guards="n = 0 must not index matrix[0]")
    yield case("single", [[42]])
    yield case("two_by_two", [[1, 2], [3, 4]])
    for n in (5, 7, 9):
        m = rng.integers(-100, 100, (n, n)).tolist()
        yield case(f"odd_{n}x{n}", m,
                   guards="layer-by-layer swaps must cover the middle column when n is odd")
    for n in (6, 8):
        yield case(f"random_{n}x{n}", rng.integers(-10**9, 10**9, (n, n)).tolist())
    m = rng.integers(0, 10, (3, 3)).tolist()
    yield case("repeated_values", m)
    yield Case("large_200x200", (Generated("integers", (200, 200), seed=11,
                                           params={"low": 0, "high": 1000}, as_list=True),),
               probe="rotate", show_input=False,
               guards="an O(n^2) in-place rotation on a 200 x 200 image")
