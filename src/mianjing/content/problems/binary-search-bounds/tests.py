from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()
TIME_FACTOR = 8.0


def _bounds(nums, target):
    """Independent linear definition of the two bounds."""
    lower = next((i for i, x in enumerate(nums) if x >= target), len(nums))
    upper = next((i for i, x in enumerate(nums) if x > target), len(nums))
    return lower, upper


def cases(rng):
    nums = [1, 2, 2, 2, 5, 7]
    yield Case("hand_worked_lower", (nums, 2), call="lower_bound", expected=1)
    yield Case("hand_worked_upper", (nums, 2), call="upper_bound", expected=4,
               guards="upper_bound skips every copy of target (nums[i] > target, not >=)")
    yield Case("absent_target_lower", (nums, 3), call="lower_bound", expected=4)
    yield Case("absent_target_upper", (nums, 3), call="upper_bound", expected=4,
               guards="a missing target returns its insertion position, not -1")
    yield Case("above_all_lower", (nums, 8), call="lower_bound", expected=6,
               guards="the answer can be n (past the end): hi must start at len(nums)")
    yield Case("above_all_upper", (nums, 7), call="upper_bound", expected=6,
               guards="the answer can be n (past the end): hi must start at len(nums)")
    yield Case("below_all_upper", (nums, 0), call="upper_bound", expected=0)
    yield Case("below_all_lower", (nums, -5), call="lower_bound", expected=0)
    yield Case("empty_lower", ([], 3), call="lower_bound", expected=0)
    yield Case("empty_upper", ([], 3), call="upper_bound", expected=0)
    yield Case("single_element", ([4], [4, 3, 5]), probe="many_queries",
               expected=[(0, 1), (0, 0), (1, 1)])
    yield Case("all_equal", ([3] * 9, 3), probe="search_range", expected=[0, 8])
    yield Case("search_range_absent", (nums, 6), probe="search_range", expected=[-1, -1])
    yield Case("negative_values", ([-9, -9, -4, 0, 0, 3], 0), probe="search_range",
               expected=[3, 4])
    for i in range(4):
        n = int(rng.integers(1, 60))
        arr = sorted(rng.integers(-20, 20, n).tolist())
        queries = rng.integers(-25, 25, 30).tolist()
        yield Case(f"random_{i}", (arr, queries), probe="many_queries",
                   expected=[_bounds(arr, q) for q in queries])
    yield Case("large_many_queries",
               (Generated("sorted_integers", (100_000,), seed=5,
                          params={"low": 0, "high": 50_000}, as_list=True),
                Generated("integers", (3000,), seed=6,
                          params={"low": -10, "high": 50_010}, as_list=True)),
               probe="many_queries", timed=True, digest=True,
               guards="O(log n) per query: a linear scan over 10^5 elements for each of "
                      "3000 queries is far too slow")
