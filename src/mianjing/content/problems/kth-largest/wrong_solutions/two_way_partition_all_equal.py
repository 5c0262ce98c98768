import random


def find_kth_largest(nums, k):
    while True:
        pivot = random.choice(nums)
        bigger = [x for x in nums if x > pivot]
        if k <= len(bigger):
            nums = bigger
            continue
        rest = [x for x in nums if x <= pivot]      # pivot's copies all stay on one side
        if k == len(bigger) + 1:
            return pivot
        k -= len(bigger) + 1
        rest.remove(pivot)
        nums = rest
