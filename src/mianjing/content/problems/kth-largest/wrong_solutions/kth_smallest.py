import random


def find_kth_largest(nums, k):
    while True:                                     # selects from the bottom: k-th smallest
        pivot = random.choice(nums)
        smaller = [x for x in nums if x < pivot]
        if k <= len(smaller):
            nums = smaller
            continue
        equal = nums.count(pivot)
        if k <= len(smaller) + equal:
            return pivot
        k -= len(smaller) + equal
        nums = [x for x in nums if x > pivot]
