import math

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.exact()


def cases(rng):
    # Expected values come from math.isqrt in the judge: an oracle independent of the reference.
    yield Case("hand_worked_8", (8,), expected=2)
    yield Case("zero", (0,), expected=0, guards="x = 0 must give 0, not loop or divide by zero")
    yield Case("one", (1,), expected=1,
               guards="upper bound hi = x // 2 is 0 for x = 1 and loses the answer")
    yield Case("two", (2,), expected=1)
    yield Case("perfect_square", (16,), expected=4,
               guards="returning the ceiling or r - 1 on an exact square")
    yield Case("just_below_square", (15,), expected=3,
               guards="rounding up instead of down just below a perfect square")
    yield Case("int32_max", (2**31 - 1,), expected=46340,
               guards="mid * mid overflowing in a fixed-width language; the answer is 46340")
    big = 10**20 + 12345
    yield Case("huge_square_minus_one", (big * big - 1,), expected=big - 1,
               guards="float sqrt: x ** 0.5 rounds (big^2 - 1) up to big")
    yield Case("huge_perfect_square", (10**40,), expected=10**20,
               guards="exact integer arithmetic beyond 53-bit floats")
    yield Case("huge_square_plus_one", (big * big + 1,), expected=big,
               guards="float sqrt loses the low digits of a 40-digit number")
    small = [int(v) for v in rng.integers(0, 10**6, 200)]
    yield Case("random_small_batch", (small,), probe="batch",
               expected=[math.isqrt(v) for v in small])
    ks = [int(v) for v in rng.integers(2, 10**9, 60)]
    near = [k * k + d for k in ks for d in (-1, 0, 1)]
    yield Case("squares_and_neighbours_batch", (near,), probe="batch",
               expected=[math.isqrt(v) for v in near],
               guards="off-by-one at k*k - 1, k*k, k*k + 1")
    huge = [int(rng.integers(1, 10**9)) * 10**30 + int(rng.integers(0, 10**15))
            for _ in range(100)]
    yield Case("random_huge_batch", (huge,), probe="batch",
               expected=[math.isqrt(v) for v in huge],
               guards="float-based square roots on numbers above 2**53")
    yield Case("large_single_is_logarithmic", (10**18,), expected=10**9, timed=True,
               guards="O(sqrt(x)) linear search instead of O(log x) binary search")
    many = [int(rng.integers(1, 10**9)) * 10**21 + int(rng.integers(0, 10**9))
            for _ in range(2000)]
    yield Case("many_large_queries", (many,), probe="batch", timed=True,
               expected=[math.isqrt(v) for v in many], show_input=False,
               guards="O(log x) per call on 30-digit inputs")
