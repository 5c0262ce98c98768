import numpy as np

from mianjing.judge import checkers
from mianjing.judge.generated import digest


def _differs(a, b) -> bool:
    check = checkers.exact()
    try:
        check(digest(a, seed=3), digest(b, seed=3))
    except checkers.Mismatch:
        return True
    return False


def test_long_list_of_lists_differs_anywhere():
    good = [[i, i + 2] for i in range(0, 40_000, 4)]
    for where in (0, 600, len(good) - 1):
        bad = [list(x) for x in good]
        bad[where][1] += 1
        assert _differs(good, bad), where
    assert _differs(good, good[:-1])
    assert not _differs(good, [list(x) for x in good])


def test_tuples_and_big_ints_in_a_list_are_hashed_exactly():
    good = [(1, 2), (3, 10**30)]
    assert _differs(good, [(1, 2), (3, 10**30 + 1)])
    assert not _differs(good, [(1, 2), (3, 10**30)])


def test_list_of_arrays_keeps_tolerant_per_item_digests():
    rng = np.random.default_rng(0)
    arrays = [rng.standard_normal((4, 4)) for _ in range(3)]
    close = [a + 1e-12 for a in arrays]
    check = checkers.allclose()
    check(digest(close, seed=1), digest(arrays, seed=1))  # within tolerance: no Mismatch
    far = [a.copy() for a in arrays]
    far[2][1, 1] += 1.0
    try:
        check(digest(far, seed=1), digest(arrays, seed=1))
    except checkers.Mismatch:
        pass
    else:
        raise AssertionError("a wrong entry in the last array went unnoticed")


def test_long_list_of_arrays_is_sampled_but_keeps_its_length():
    arrays = [np.full(2, float(i)) for i in range(5000)]
    d = digest(arrays, seed=2)
    assert d["len"] == 5000 and 256 <= len(d["items"]) <= 1024 + 256
    assert _differs(arrays, arrays[:-1])
