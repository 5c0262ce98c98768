def probe_many(sub, n, shift, targets):
    """nums = 0, 2, 4, ..., 2(n - 1) rotated left by shift; one search per target, in order."""
    base = list(range(0, 2 * n, 2))
    nums = base[shift:] + base[:shift]
    return [sub.search(nums, t) for t in targets]


def probe_batch(sub, nums, targets):
    """One search per target on the same array."""
    return [sub.search(nums, t) for t in targets]
