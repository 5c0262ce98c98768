from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()
TIME_FACTOR = 8.0


def _top_k(nums, k):
    """Independent: full sort of (-count, value)."""
    count = {}
    for x in nums:
        count[x] = count.get(x, 0) + 1
    return [x for _, x in sorted((-c, x) for x, c in count.items())[:k]]


def cases(rng):
    yield Case("hand_worked", ([4, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5], 3), expected=[2, 4, 1])
    yield Case("ties_smaller_value_first", ([3, 3, 1, 1, 2, 2, 9], 2), expected=[1, 2],
               guards="equal counts: the smaller value comes first, not the first seen")
    yield Case("leetcode_style", ([1, 1, 1, 2, 2, 3], 2), expected=[1, 2])
    yield Case("single_element", ([7], 1), expected=[7])
    yield Case("k_equals_distinct", ([3, 1, 2, 1, 3, 3], 3), expected=[3, 1, 2],
               guards="k may equal the number of distinct values")
    yield Case("negative_values_tie", ([-1, -1, 5, 5, 0], 2), expected=[-1, 5])
    yield Case("all_distinct", ([9, -3, 4, 0, 8], 2), expected=[-3, 0],
               guards="every count is 1: the order is by value")
    yield Case("most_frequent_last", ([1, 2, 3, 4, 4, 4, 4], 1), expected=[4])
    yield Case("descending_by_count", ([5, 6, 6, 7, 7, 7, 8, 8, 8, 8], 4), expected=[8, 7, 6, 5],
               guards="most frequent first, not least frequent first")
    for i in range(4):
        n = int(rng.integers(5, 200))
        nums = rng.integers(-15, 15, n).tolist()
        k = int(rng.integers(1, len(set(nums)) + 1))
        yield Case(f"random_{i}", (nums, k), expected=_top_k(nums, k))
    yield Case("large_many_distinct",
               (Generated("integers", (100_000,), seed=21,
                          params={"low": 0, "high": 60_000}, as_list=True), 100),
               timed=True,
               guards="counting in one pass: calling nums.count(x) for every distinct x is "
                      "O(n·d)")
