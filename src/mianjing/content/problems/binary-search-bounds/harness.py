def probe_many_queries(sub, nums, queries):
    """Both bounds for every query on the same sorted list."""
    return [(sub.lower_bound(nums, q), sub.upper_bound(nums, q)) for q in queries]


def probe_search_range(sub, nums, target):
    """LeetCode 34 built from the two bounds: [first, last] index of target, or [-1, -1]."""
    lo, hi = sub.lower_bound(nums, target), sub.upper_bound(nums, target)
    return [lo, hi - 1] if lo < hi else [-1, -1]
