import math


def find_increasing_triplet(nums: list[int]) -> tuple[int, int, int] | None:
    # first: smallest value so far. second: smallest value that ends an increasing pair,
    # and pair_first: the value that started that pair (first may move past it later).
    first = second = math.inf
    pair_first = None
    for x in nums:
        if x <= first:
            first = x
        elif x <= second:
            second, pair_first = x, first
        else:
            return (pair_first, second, x)
    return None
