from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()


def brute(nums, k):
    """Independent oracle for small inputs: every window, counted directly."""
    best = 0
    for i in range(len(nums)):
        zeros = 0
        for j in range(i, len(nums)):
            zeros += nums[j] == 0
            if zeros > k:
                break
            best = max(best, j - i + 1)
    return best


def case(name, nums, k, **kw):
    return Case(name, (nums, k), expected=brute(nums, k), **kw)


def cases(rng):
    yield Case("hand_worked", ([1, 0, 1, 1, 0, 0, 1, 0, 1], 2), expected=5)
    yield case("k_zero", [1, 0, 1, 1, 1, 0, 1, 1], 0,
               guards="k = 0: the window may hold no zero at all (shrink while zeros > k)")
    yield case("all_zeros", [0, 0, 0, 0], 2)
    yield case("all_zeros_k_zero", [0, 0, 0], 0)
    yield case("k_covers_all_zeros", [0, 1, 0, 1, 1, 0], 3, guards="answer is the whole array")
    yield case("all_ones", [1] * 9, 1)
    yield case("empty", [], 0)
    yield case("window_must_shrink", [1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0, 1], 2,
               guards="measuring the window before it is shrunk back to k zeros")
    yield case("best_in_the_middle", [0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 1], 1,
               guards="the longest window neither starts nor ends the array; "
                      "'longest run of ones + k' is not the answer")
    for i in range(8):
        n = int(rng.integers(1, 80))
        nums = rng.integers(0, 2, n).tolist()
        k = int(rng.integers(0, n + 1))
        yield case(f"random_{i}", nums, k)
    dense = rng.integers(0, 2, 3000).tolist()
    yield case("random_3000", dense, 40)
    yield Case("large_window_is_linear",
               (Generated("integers", (100_000,), seed=1004, params={"low": 0, "high": 2},
                          as_list=True), 5000),
               timed=True, show_input=False,
               guards="O(n) two pointers instead of rescanning from every left end")
    yield Case("large_k_zero", (Generated("integers", (100_000,), seed=1005,
                                          params={"low": 0, "high": 2}, as_list=True), 0),
               timed=True, show_input=False)
