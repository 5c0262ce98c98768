import random


def find_kth_largest(nums: list[int], k: int) -> int:
    # Quickselect with a random pivot and a three-way split: > pivot, == pivot, < pivot.
    # Each round keeps only the part that holds the answer: O(n) expected; a block of
    # equal values is settled in one round instead of shrinking by one element at a time.
    while True:
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
