def coin_change(coins: list[int], amount: int) -> int:
    INF = amount + 1                     # more coins than any answer can need
    # dp[a]: fewest coins summing to a; each coin may be reused (complete knapsack)
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] < INF else -1
