def search(nums: list[int], target: int) -> int:
    """Index of target in a rotated ascending array of distinct ints, or -1; O(log n)."""
    raise NotImplementedError
