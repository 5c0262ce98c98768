def longest_ones(nums, k):
    # "Extend the longest run of ones by k" ignores where the zeros actually are.
    best = run = 0
    for x in nums:
        run = run + 1 if x == 1 else 0
        best = max(best, run)
    return min(len(nums), best + k)
