def can_partition(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2:
        return False
    target = total // 2
    # 0-1 knapsack: dp[s] is True if some subset of the numbers seen so far sums to s.
    # Iterate s downwards so each number is used at most once.
    dp = [True] + [False] * target
    for x in nums:
        for s in range(target, x - 1, -1):
            if dp[s - x]:
                dp[s] = True
    return dp[target]
