def my_sqrt(x: int) -> int:
    # Binary search for the last r in [0, x] with r * r <= x; invariant: lo * lo <= x.
    lo, hi = 0, x
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid - 1
    return lo
