from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()


def brute(nums):
    """Independent oracle: mark every reachable index (fine for small inputs)."""
    ok = [False] * len(nums)
    ok[0] = True
    for i, step in enumerate(nums):
        if ok[i]:
            for j in range(i + 1, min(len(nums), i + step + 1)):
                ok[j] = True
    return ok[-1]


def case(name, nums, **kw):
    return Case(name, (nums,), expected=brute(nums), **kw)


def cases(rng):
    yield Case("hand_worked_true", ([2, 3, 1, 1, 4],), expected=True)
    yield Case("hand_worked_false", ([3, 2, 1, 0, 4],), expected=False)
    yield Case("single_zero", ([0],), expected=True,
               guards="already on the last index: reach >= n - 1, not reach >= n")
    yield Case("two_elements_one_step", ([1, 0],), expected=True,
               guards="off-by-one: reaching index n - 1 is enough")
    yield Case("stuck_at_start", ([0, 2, 3],), expected=False,
               guards="a later big jump does not help if its index is unreachable")
    yield case("zero_at_the_end_is_fine", [2, 0, 0])
    yield case("zero_hole_jumped_over", [1, 2, 0, 1, 0, 3])
    yield case("exact_landing_on_zero", [1, 1, 1, 0, 0])
    for i in range(10):
        n = int(rng.integers(2, 40))
        nums = rng.integers(0, 4, n).tolist()
        yield case(f"random_{i}", nums)
    longer = (rng.integers(0, 3, 1500) + (rng.random(1500) < 0.3)).tolist()
    yield case("random_1500", longer)
    yield Case("huge_steps_linear", (Generated("integers", (100_000,), seed=55,
                                               params={"low": 10_000, "high": 100_000},
                                               as_list=True),),
               timed=True, show_input=False,
               guards="O(n) greedy instead of marking every cell each jump can reach")
    yield Case("all_ones_no_recursion", (Generated("full", (100_000,), params={"value": 1},
                                                   as_list=True),),
               timed=True, show_input=False, expected=True,
               guards="a recursive search is 10^5 calls deep on a chain of single steps")
    yield Case("long_blocked", (Generated("full", (100_000,), params={"value": 0},
                                          as_list=True),),
               timed=True, show_input=False, expected=False)
