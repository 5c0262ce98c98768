def my_sqrt(x: int) -> int:
    lo, hi = 0, x
    while lo <= hi:
        mid = (lo + hi) // 2
        if mid * mid < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return lo
