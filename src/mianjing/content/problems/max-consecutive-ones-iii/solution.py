def longest_ones(nums: list[int], k: int) -> int:
    # Sliding window [left, right] holding at most k zeros; grow right, shrink left as needed.
    left = zeros = best = 0
    for right, x in enumerate(nums):
        if x == 0:
            zeros += 1
        while zeros > k:
            if nums[left] == 0:
                zeros -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
