from bisect import bisect_left


def search(nums, target):
    if not nums:
        return -1
    k = nums.index(min(nums))  # O(n) on every call
    part, offset = (nums[k:], k) if target <= nums[-1] else (nums[:k], 0)
    i = bisect_left(part, target)
    return i + offset if i < len(part) and part[i] == target else -1
