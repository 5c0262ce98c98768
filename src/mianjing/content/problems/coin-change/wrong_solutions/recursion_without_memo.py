def coin_change(coins, amount):
    def fewest(a):
        if a == 0:
            return 0
        best = -1
        for c in coins:
            if c <= a:
                sub = fewest(a - c)
                if sub >= 0 and (best < 0 or sub + 1 < best):
                    best = sub + 1
        return best

    return fewest(amount)
