from itertools import combinations

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()


def brute(num, k):
    """Independent oracle for short inputs: try every set of kept positions."""
    keep = len(num) - k
    best = None
    for idx in combinations(range(len(num)), keep):
        s = "".join(num[i] for i in idx).lstrip("0") or "0"
        if best is None or (len(s), s) < (len(best), best):
            best = s
    return best if best is not None else "0"


def case(name, num, k, **kw):
    return Case(name, (num, k), expected=brute(num, k), **kw)


def cases(rng):
    yield Case("hand_worked", ("4325043", 3), expected="2043")
    yield Case("leading_zero_stripped", ("10200", 1), expected="200",
               guards="strip leading zeros: '0200' is not the answer")
    yield Case("remove_everything", ("10", 2), expected="0",
               guards="an empty result must be returned as '0'")
    yield Case("non_decreasing_tail_removal", ("112", 1), expected="11",
               guards="when no digit is larger than its successor, delete from the end")
    yield case("increasing_digits", "123456789", 4,
               guards="k left over after the scan must still be removed")
    yield case("k_zero", "9081", 0)
    yield case("all_same", "7777", 2)
    yield case("zeros_inside", "100200300", 3)
    yield case("single_digit", "9", 1)
    yield case("only_zeros_left", "100000", 1)
    for i in range(12):
        n = int(rng.integers(1, 12))
        digits = rng.integers(0, 10, n).tolist()
        if digits[0] == 0 and n > 1:
            digits[0] = int(rng.integers(1, 10))
        num = "".join(map(str, digits))
        yield case(f"random_{i}", num, int(rng.integers(0, n + 1)))
    n = 100_000
    yield Case("sorted_digits_1e5", (Generated("sorted_integers", (n,), seed=402,
                                               params={"low": 1, "high": 10}, as_list=True),
                                     n // 2),
               probe="digits", timed=True, digest=True, show_input=False,
               guards="O(n) monotonic stack: rescanning for a descent k times is O(nk)")
    yield Case("random_digits_1e5", (Generated("integers", (n,), seed=403,
                                               params={"low": 0, "high": 10}, as_list=True),
                                     n // 2),
               probe="digits", timed=True, digest=True, show_input=False,
               guards="no string slicing per deleted digit")
