from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()
TIME_FACTOR = 15.0


def _quadratic(nums):
    """Independent: the O(n^2) DP."""
    dp = []
    for i, x in enumerate(nums):
        dp.append(1 + max((dp[j] for j in range(i) if nums[j] < x), default=0))
    return max(dp, default=0)


def cases(rng):
    yield Case("hand_worked", ([10, 9, 2, 5, 3, 7, 101, 18],), expected=4)
    yield Case("zero_one", ([0, 1, 0, 3, 2, 3],), expected=4)
    yield Case("all_equal", ([7, 7, 7, 7],), expected=1,
               guards="strictly increasing: equal values cannot extend each other")
    yield Case("plateaus", ([1, 2, 2, 3, 3, 3, 4],), expected=4,
               guards="duplicates must replace a tail (bisect_left), not be appended "
                      "(bisect_right counts non-decreasing runs)")
    yield Case("empty", ([],), expected=0)
    yield Case("single", ([-5],), expected=1)
    yield Case("decreasing", ([5, 4, 3, 2, 1],), expected=1)
    yield Case("increasing", ([-3, -1, 0, 8, 9],), expected=5)
    yield Case("needs_replacement", ([3, 4, 5, 1, 2, 3, 4],), expected=4,
               guards="a smaller value must replace a tail so a later, longer run can form")
    yield Case("not_contiguous", ([1, 9, 2, 8, 3, 7, 4],), expected=4,
               guards="a subsequence, not a contiguous run")
    for i in range(6):
        n = int(rng.integers(1, 80))
        nums = rng.integers(-10, 10, n).tolist()
        yield Case(f"random_{i}", (nums,), expected=_quadratic(nums))
    yield Case("large_random",
               (Generated("integers", (100_000,), seed=61,
                          params={"low": -10**9, "high": 10**9}, as_list=True),),
               timed=True, guards="O(n log n): the O(n^2) DP does 5·10^9 steps at n = 10^5")
    yield Case("large_increasing",
               (Generated("sorted_integers", (100_000,), seed=62,
                          params={"low": 0, "high": 10**9}, as_list=True),),
               timed=True)
