def lower_bound(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums)            # answer lies in [lo, hi]; invariant: nums[:lo] < target
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums)            # invariant: nums[:lo] <= target
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo
