def can_partition(nums: list[int]) -> bool:
    """True if nums can be split into two groups with equal sums."""
    raise NotImplementedError
