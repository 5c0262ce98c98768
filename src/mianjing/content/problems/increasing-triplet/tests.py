from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

PEAK_LIMIT_BYTES = 16 * 1024   # a prefix-min array of 10^5 ints alone is 800 KB


def _nums(case):
    arg = case.args[0]
    return arg.materialize() if isinstance(arg, Generated) else arg


def _check_triplet(got, expected, nums):
    if got is None:
        if expected is not None:
            raise checkers.Mismatch(f"returned None, but an increasing triplet exists, "
                                    f"e.g. {tuple(expected)}")
        return
    if not isinstance(got, (tuple, list)) or len(got) != 3 or \
            not all(isinstance(v, int) and not isinstance(v, bool) for v in got):
        raise checkers.Mismatch(f"expected a tuple of three ints or None, got {got!r}")
    a, b, c = got
    if not a < b < c:
        raise checkers.Mismatch(f"{tuple(got)} is not strictly increasing")
    want, pos = [a, b, c], 0
    for x in nums:
        if pos < 3 and x == want[pos]:
            pos += 1
    if pos < 3:
        raise checkers.Mismatch(f"{tuple(got)} does not occur in this order in nums "
                                f"(the value {want[pos]} has no match after the earlier ones)")
    if expected is None:
        raise checkers.Mismatch(f"{tuple(got)} looks valid but the reference found none")


def check_triplet(got, expected, case):
    _check_triplet(got, expected, _nums(case))


def check_with_memory(got, expected, case):
    _check_triplet(got["triplet"], expected["triplet"], _nums(case))
    if got["peak_bytes"] > PEAK_LIMIT_BYTES:
        raise checkers.Mismatch(
            f"the call allocated {got['peak_bytes'] // 1024} KB at peak on 10^5 numbers; "
            f"O(1) extra space is required (limit {PEAK_LIMIT_BYTES // 1024} KB): keep a "
            "few variables instead of prefix/suffix arrays")


COMPARE = check_triplet


def brute(nums):
    """Independent oracle for small inputs (returns some valid triplet or None)."""
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if nums[i] < nums[j] < nums[k]:
                    return (nums[i], nums[j], nums[k])
    return None


def case(name, nums, **kw):
    return Case(name, (nums,), expected=brute(nums), **kw)


def cases(rng):
    yield Case("hand_worked", ([5, 1, 6, 2, 0, 3],), expected=(1, 2, 3),
               guards="the minimum moved past the pair's middle: return the value that "
                      "started the pair, not the current minimum")
    yield Case("hand_worked_none", ([4, 3, 3, 1],), expected=None)
    yield case("min_moves_after_pair", [2, 3, 1, 4],
               guards="(1, 3, 4) is not a subsequence: 1 comes after 3")
    yield case("equal_values_not_increasing", [1, 1, 2],
               guards="strict inequality: equal values do not count as increasing")
    yield case("all_equal", [2, 2, 2, 2])
    yield case("empty", [])
    yield case("two_elements", [1, 2])
    yield case("exact_three", [-3, 0, 7])
    yield case("late_triplet", [9, 8, 1, 7, 0, 6, 5, 2, 4, 3, 8])
    yield case("negatives", [-1, -5, -4, -10, -3])
    for i in range(12):
        n = int(rng.integers(3, 12))
        yield case(f"random_{i}", rng.integers(0, 6, n).tolist())
    yield Case("decreasing_1e5_linear",
               (Generated("sorted_integers", (100_000,), seed=334,
                          params={"low": -10**9, "high": 10**9, "descending": True},
                          as_list=True),),
               timed=True, show_input=False,
               guards="O(n) single pass: no pair of nested loops over 10^5 numbers")
    yield Case("decreasing_1e5_constant_space",
               (Generated("sorted_integers", (100_000,), seed=335,
                          params={"low": -10**9, "high": 10**9, "descending": True},
                          as_list=True),),
               probe="with_memory", check=check_with_memory, show_input=False,
               guards="O(1) extra space: no prefix-minimum or suffix-maximum arrays")
    yield Case("random_1e5_constant_space",
               (Generated("integers", (100_000,), seed=336, params={"low": 0, "high": 10**9},
                          as_list=True),),
               probe="with_memory", check=check_with_memory, show_input=False)
