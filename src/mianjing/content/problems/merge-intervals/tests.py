from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()
TIME_FACTOR = 6.0
TIME_FLOOR_MS = 100.0


def _merge_by_coverage(intervals):
    """Independent check: sweep over sorted endpoints counting open intervals."""
    events = sorted([(s, 0) for s, _ in intervals] + [(e, 1) for _, e in intervals])
    out, depth, start = [], 0, None
    for x, kind in events:
        if kind == 0:
            if depth == 0:
                start = out.pop()[0] if out and out[-1][1] == x else x
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                out.append([start, x])
    return out


def cases(rng):
    yield Case("hand_worked", ([[1, 3], [8, 10], [2, 6], [15, 18]],),
               expected=[[1, 6], [8, 10], [15, 18]])
    yield Case("touching_endpoints", ([[1, 4], [4, 5]],), expected=[[1, 5]],
               guards="closed intervals: [1,4] and [4,5] overlap at 4")
    yield Case("containment", ([[1, 10], [2, 3], [4, 5]],), expected=[[1, 10]],
               guards="max of the ends: a contained interval must not shrink the merged end")
    yield Case("unsorted_input", ([[5, 6], [1, 2], [3, 4], [2, 3]],), expected=[[1, 4], [5, 6]],
               guards="sorting by start before the scan")
    yield Case("empty", ([],), expected=[])
    yield Case("single_point_intervals", ([[3, 3], [3, 3], [1, 1]],), expected=[[1, 1], [3, 3]])
    yield Case("negative_and_duplicates", ([[-5, -1], [-5, -1], [-1, 0], [2, 2]],),
               expected=[[-5, 0], [2, 2]])
    yield Case("disjoint_gap_of_one", ([[1, 2], [3, 4]],), expected=[[1, 2], [3, 4]],
               guards="integers 2 and 3 are adjacent but the intervals do not overlap")
    for i in range(4):
        n = int(rng.integers(5, 60))
        starts = rng.integers(-100, 100, n)
        lengths = rng.integers(0, 15, n)
        intervals = [[int(s), int(s + d)] for s, d in zip(starts, lengths, strict=True)]
        yield Case(f"random_{i}", (intervals,), expected=_merge_by_coverage(intervals))
    yield Case("large_unsorted", (Generated("integers", (100_000,), seed=5,
                                            params={"low": 0, "high": 10**7}, as_list=True), 60),
               probe="merge_from_starts", timed=True, digest=True,
               guards="O(n log n): comparing every pair of intervals is too slow")
