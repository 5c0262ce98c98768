def longest_ones(nums, k):
    left = zeros = best = 0
    for right, x in enumerate(nums):
        if x == 0:
            zeros += 1
        best = max(best, right - left + 1)  # counted while the window may hold k + 1 zeros
        while zeros > k:
            if nums[left] == 0:
                zeros -= 1
            left += 1
    return best
