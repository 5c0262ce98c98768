import random


def sort_array(nums):
    # Random pivot, but Lomuto's two-way split sends every key equal to the pivot left:
    # on all-equal input each step removes one element, O(n^2).
    stack = [(0, len(nums) - 1)]
    while stack:
        lo, hi = stack.pop()
        if lo >= hi:
            continue
        k = random.randint(lo, hi)
        nums[k], nums[hi] = nums[hi], nums[k]
        pivot = nums[hi]
        store = lo
        for i in range(lo, hi):
            if nums[i] <= pivot:
                nums[i], nums[store] = nums[store], nums[i]
                store += 1
        nums[store], nums[hi] = nums[hi], nums[store]
        stack.append((lo, store - 1))
        stack.append((store + 1, hi))
    return nums
