def my_sqrt(x: int) -> int:
    if x == 0:
        return 0
    r = float(x)
    while r * r - x > 0.5:
        r = (r + x / r) / 2
    return int(r)
