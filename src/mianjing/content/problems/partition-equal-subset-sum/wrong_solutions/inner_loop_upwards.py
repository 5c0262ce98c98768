def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return False
    target = total // 2
    dp = [True] + [False] * target
    for x in nums:
        for s in range(x, target + 1):  # upwards: dp[s - x] may already include x
            if dp[s - x]:
                dp[s] = True
    return dp[target]
