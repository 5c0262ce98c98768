import math


def find_increasing_triplet(nums):
    first = second = math.inf
    for x in nums:
        if x <= first:
            first = x
        elif x <= second:
            second = x
        else:
            return (first, second, x)  # first may now sit after second in nums
    return None
