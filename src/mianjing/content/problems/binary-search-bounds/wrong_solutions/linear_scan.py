def lower_bound(nums, target):
    for i, x in enumerate(nums):
        if x >= target:
            return i
    return len(nums)


def upper_bound(nums, target):
    for i, x in enumerate(nums):
        if x > target:
            return i
    return len(nums)
