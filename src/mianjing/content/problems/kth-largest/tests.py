from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()
TIME_FACTOR = 20.0

N = 100_000


def _kth(nums, k):
    return sorted(nums, reverse=True)[k - 1]


def cases(rng):
    yield Case("hand_worked", ([3, 2, 1, 5, 6, 4], 2), expected=5)
    yield Case("duplicates_count_separately", ([3, 2, 3, 1, 2, 4, 5, 5, 6], 4), expected=4,
               guards="equal values each take a rank: the 4th largest of 6,5,5,4,... is 4")
    yield Case("k_is_one_max", ([-1, -7, -3], 1), expected=-1)
    yield Case("k_is_n_min", ([9, 4, 7, 4, 8], 5), expected=4,
               guards="k = n is the minimum (not the (n-1)-th)")
    yield Case("single", ([42], 1), expected=42)
    yield Case("all_equal_small", ([2, 2, 2, 2], 3), expected=2)
    yield Case("two_values", ([1, 2, 1, 2, 1, 2, 1], 3), expected=2)
    yield Case("kth_largest_not_smallest", ([10, 20, 30, 40, 50, 60, 70], 2), expected=60,
               guards="k-th largest, counted from the top")
    for i in range(6):
        n = int(rng.integers(1, 80))
        nums = rng.integers(-20, 20, n).tolist()
        k = int(rng.integers(1, n + 1))
        yield Case(f"random_{i}", (nums, k), expected=_kth(nums, k))
    big = {"low": -10**9, "high": 10**9}
    yield Case("large_sorted_ascending",
               (Generated("sorted_integers", (N,), seed=31, params=big, as_list=True), N // 2),
               timed=True, guards="a fixed first/last-element pivot is O(n^2) on sorted input")
    yield Case("large_sorted_descending",
               (Generated("sorted_integers", (N,), seed=32, params={**big, "descending": True},
                          as_list=True), N // 3),
               timed=True, guards="a fixed pivot is O(n^2) on reverse-sorted input too")
    yield Case("large_all_equal",
               (Generated("full", (N,), params={"value": 7}, as_list=True), N // 2),
               timed=True, expected=7,
               guards="a two-way partition (<= pivot / > pivot) shrinks by one element per "
                      "round when every value is equal: O(n^2)")
    yield Case("large_random_k_half",
               (Generated("integers", (N,), seed=33, params=big, as_list=True), N // 2),
               timed=True, guards="k rounds of 'take the max' is O(n·k)")
    yield Case("large_few_distinct",
               (Generated("integers", (N,), seed=34, params={"low": 0, "high": 3}, as_list=True),
                N // 2 + 17), timed=True)
