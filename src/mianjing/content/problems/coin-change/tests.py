from collections import deque

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.exact()
TIME_FACTOR = 20.0
TIME_FLOOR_MS = 150.0


def _bfs(coins, amount):
    """Independent: shortest path from 0 to amount with steps of a coin."""
    dist = {0: 0}
    queue = deque([0])
    while queue:
        a = queue.popleft()
        if a == amount:
            return dist[a]
        for c in coins:
            b = a + c
            if b <= amount and b not in dist:
                dist[b] = dist[a] + 1
                queue.append(b)
    return -1


def cases(rng):
    yield Case("hand_worked", ([1, 3, 4], 6), expected=2)
    yield Case("impossible", ([2], 3), expected=-1,
               guards="an unreachable amount returns the integer -1, not inf or a sentinel")
    yield Case("unsorted_coins", ([5, 1, 2], 11), expected=3)
    yield Case("amount_zero", ([7, 3], 0), expected=0)
    yield Case("single_coin_exact", ([1], 7), expected=7,
               guards="a coin may be used many times")
    yield Case("reuse_needed", ([2, 5], 10), expected=2)
    yield Case("greedy_trap", ([1, 5, 6, 9], 11), expected=2,
               guards="greedy (largest coin first) gives 9+1+1 = 3 coins; 5+6 needs only 2")
    yield Case("large_denominations", ([186, 419, 83, 408], 6249), expected=20)
    yield Case("coin_larger_than_amount", ([20, 30], 10), expected=-1)
    for i in range(8):
        k = int(rng.integers(1, 5))
        coins = (rng.permutation(30)[:k] + 1).tolist()
        amount = int(rng.integers(0, 120))
        yield Case(f"random_{i}", (coins, amount), expected=_bfs(coins, amount))
    coins = [1_009, 2_017, 3_001, 4_003, 5_003, 6_007, 7_001, 8_009, 97, 389, 617, 853]
    yield Case("large_amount", (coins, 10_000), expected=_bfs(coins, 10_000), timed=True,
               guards="O(amount · len(coins)) DP: plain recursion over coins is exponential")
