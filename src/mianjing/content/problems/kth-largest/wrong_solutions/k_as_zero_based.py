import random


def find_kth_largest(nums, k):
    k += 1                                          # treats k as an index: one rank too far
    nums = list(nums)
    while True:
        if k > len(nums):
            return min(nums)
        pivot = random.choice(nums)
        bigger = [x for x in nums if x > pivot]
        if k <= len(bigger):
            nums = bigger
            continue
        equal = nums.count(pivot)
        if k <= len(bigger) + equal:
            return pivot
        k -= len(bigger) + equal
        nums = [x for x in nums if x < pivot]
