from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()


def case(name, nums, target, **kw):
    expected = nums.index(target) if target in nums else -1   # independent linear oracle
    return Case(name, (nums, target), expected=expected, **kw)


def rotated(values, k):
    return values[k:] + values[:k]


def cases(rng):
    yield Case("hand_worked_found", ([7, 9, 11, 1, 3, 5], 3), expected=4)
    yield Case("hand_worked_missing", ([7, 9, 11, 1, 3, 5], 8), expected=-1)
    yield case("single_found", [2], 2, guards="while lo <= hi: a one-element range is searched")
    yield case("single_missing", [2], 1)
    yield case("empty", [], 5)
    yield case("two_elements_rotated", [3, 1], 1,
               guards="nums[lo] <= nums[mid] (not <): when lo == mid the left half is sorted")
    yield case("two_elements_first", [3, 1], 3)
    yield case("not_rotated", [1, 2, 4, 8, 16, 32], 16,
               guards="rotation by 0: an ordinary sorted array")
    yield case("rotated_target_in_right_part", [30, 40, 50, 10, 20], 20,
               guards="a plain binary search assumes one sorted run")
    yield case("rotated_by_one", [9, 1, 2, 3, 4, 5, 6, 7, 8], 9)
    yield case("smaller_than_all", [5, 6, 7, 1, 2, 3], 0)
    yield case("larger_than_all", [5, 6, 7, 1, 2, 3], 8)
    yield case("negatives", [-2, 0, 4, -9, -7, -5], -7)
    for i in range(6):
        n = int(rng.integers(1, 40))
        base = sorted(int(v) for v in rng.choice(200, n, replace=False))
        nums = rotated(base, int(rng.integers(0, n)))
        targets = nums + [int(v) for v in rng.integers(-5, 205, 20)]
        yield Case(f"random_{i}_every_element_and_misses", (nums, targets), probe="batch",
                   expected=[nums.index(t) if t in nums else -1 for t in targets])
    n, shift = 1_000_000, 382_917
    targets_gen = Generated("integers", (10_000,), seed=33,
                            params={"low": -3, "high": 2 * n + 3}, as_list=True)
    targets = targets_gen.materialize()
    expected = [((t // 2 - shift) % n) if t % 2 == 0 and 0 <= t < 2 * n else -1 for t in targets]
    yield Case("1e4_queries_on_1e6_elements", (n, shift, targets_gen), probe="many",
               expected=expected, timed=True, show_input=False,
               guards="O(log n) per query: any O(n) scan (in, index, min) is 10^10 steps here")
