from itertools import combinations

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.exact()
# Any O(n * S) table (2-D, 1-D, memoised recursion) must pass; exponential search never
# finishes, so a generous floor costs nothing.
TIME_FLOOR_MS = 2000.0


def reachable_sums(nums):
    """Independent oracle: the set of all subset sums, built up one number at a time."""
    sums = {0}
    for x in nums:
        sums |= {s + x for s in sums}
    return sums


def brute(nums):
    total = sum(nums)
    return total % 2 == 0 and total // 2 in reachable_sums(nums)


def case(name, nums, **kw):
    return Case(name, (nums,), expected=brute(nums), show_input=len(nums) <= 40, **kw)


def cases(rng):
    yield Case("hand_worked_true", ([3, 3, 2, 2, 2],), expected=True,
               guards="greedy 'put each number into the lighter group' fails here")
    yield Case("hand_worked_even_but_impossible", ([2, 2, 3, 5],), expected=False)
    yield Case("odd_total", ([1, 2, 4],), expected=False,
               guards="an odd total can never be split; total // 2 = 3 is reachable anyway")
    yield Case("single", ([2],), expected=False)
    yield Case("pair_equal", ([7, 7],), expected=True)
    yield case("item_used_twice_trap", [1, 5, 11, 4],
               guards="one-dimensional dp iterated upwards reuses the same number")
    yield case("reuse_trap_small", [2, 6, 8, 10])
    for i in range(8):
        n = int(rng.integers(2, 16))
        yield case(f"random_{i}", rng.integers(1, 20, n).tolist())
    # Exhaustive check of all small arrays over a tiny alphabet: catches any shortcut.
    small = [list(c) for c in combinations([1, 1, 2, 3, 3, 4, 6], 4)]
    yield Case("all_4_subsets_of_a_small_multiset", (small,), probe="batch",
               expected=[brute(s) for s in small])
    yield case("n200_random", rng.integers(1, 101, 200).tolist(), timed=True,
               guards="O(n * sum) dynamic programming on the largest inputs")
    yield case("n200_all_even_odd_half", [100] * 199 + [2], timed=True,
               guards="exhaustive include/exclude recursion is 2^200 on a 'False' answer")
    yield case("n200_false_mixed", [97] * 120 + [3] * 79 + [1], timed=True,
               guards="no memoisation: exponential search on a 'False' answer")
