from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()
TIME_FACTOR = 10.0


def _by_columns(height):
    """Independent: prefix and suffix maxima."""
    n = len(height)
    left, right = [0] * n, [0] * n
    run = 0
    for i in range(n):
        run = max(run, height[i])
        left[i] = run
    run = 0
    for i in reversed(range(n)):
        run = max(run, height[i])
        right[i] = run
    return sum(min(left[i], right[i]) - height[i] for i in range(n))


def cases(rng):
    yield Case("hand_worked", ([4, 2, 0, 3, 2, 5],), expected=9)
    yield Case("classic", ([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1],), expected=6)
    yield Case("empty", ([],), expected=0)
    yield Case("single_bar", ([5],), expected=0)
    yield Case("two_bars", ([3, 7],), expected=0)
    yield Case("increasing", ([1, 2, 3, 4, 5],), expected=0,
               guards="no right wall: water flows off the edge")
    yield Case("decreasing", ([5, 4, 3, 2, 1],), expected=0)
    yield Case("valley", ([5, 0, 0, 0, 5],), expected=15)
    yield Case("lower_wall_sets_level", ([2, 0, 9],), expected=2,
               guards="the water level is the lower of the two walls")
    yield Case("peak_in_the_middle", ([3, 0, 2, 0, 9, 0, 1, 0, 4],), expected=18,
               guards="a left max lower than the bar itself must not give negative water")
    yield Case("equal_walls", ([3, 1, 3, 1, 3],), expected=4)
    yield Case("all_zero", ([0, 0, 0],), expected=0)
    for i in range(5):
        n = int(rng.integers(1, 80))
        h = rng.integers(0, 10, n).tolist()
        yield Case(f"random_{i}", (h,), expected=_by_columns(h))
    yield Case("large_random",
               (Generated("integers", (200_000,), seed=41, params={"low": 0, "high": 100_000},
                          as_list=True),),
               timed=True, guards="O(n): scanning left and right from every bar is O(n^2)")
