def longest_ones(nums, k):
    best = 0
    for i in range(len(nums)):
        zeros = 0
        j = i
        while j < len(nums):
            if nums[j] == 0:
                zeros += 1
                if zeros > k:
                    break
            j += 1
        best = max(best, j - i)
    return best
