def length_of_lis(nums):
    best = run = 0
    for i, x in enumerate(nums):        # contiguous run, not a subsequence
        run = run + 1 if i and nums[i - 1] < x else 1
        best = max(best, run)
    return best
