from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.unordered()
TIME_FACTOR = 10.0


def _all_perms(nums):
    """Independent: insert the next value at every position."""
    perms = [[]]
    for x in nums:
        perms = [p[:i] + [x] + p[i:] for p in perms for i in range(len(p) + 1)]
    return perms


def _check_big(got, expected, case):
    """n = 8: the same set of 40320 permutations, compared as a set of tuples."""
    if not isinstance(got, (list, tuple)):
        raise checkers.Mismatch(f"expected a list, got {type(got).__name__}")
    seen = {tuple(p) for p in got}
    if len(got) != len(expected):
        raise checkers.Mismatch(f"expected {len(expected)} permutations, got {len(got)}")
    if len(seen) != len(got):
        raise checkers.Mismatch(f"{len(got) - len(seen)} permutations are repeated")
    if seen != {tuple(p) for p in expected}:
        raise checkers.Mismatch("some permutations are missing or not permutations of nums")


def cases(rng):
    yield Case("hand_worked", ([1, 2, 3],),
               expected=[[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]])
    yield Case("two", ([0, 1],), expected=[[0, 1], [1, 0]])
    yield Case("single", ([5],), expected=[[5]])
    yield Case("empty", ([],), expected=[[]], guards="the empty array has one permutation: []")
    yield Case("negatives", ([-1, 0, 7, -9],), expected=_all_perms([-1, 0, 7, -9]),
               guards="every permutation exactly once, each a separate list (copy the path)")
    for i in range(3):
        n = int(rng.integers(4, 7))
        nums = (rng.permutation(40)[:n] - 20).tolist()
        yield Case(f"random_{i}", (nums,), expected=_all_perms(nums))
    yield Case("input_not_modified", ([3, 1, 2],), probe="keeps_input",
               expected=[3, 1, 2], check=checkers.exact(),
               guards="nums must be left as it was (no sorting or swapping left behind)")
    nums = [4, 8, 15, 16, 23, 42, -1, 0]
    yield Case("large_n8", (nums,), expected=_all_perms(nums), check=_check_big, timed=True,
               show_input=False,
               guards="O(n·n!): generating all n^n sequences and filtering is ~400x more work")
