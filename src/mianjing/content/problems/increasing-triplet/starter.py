def find_increasing_triplet(nums: list[int]) -> tuple[int, int, int] | None:
    """Values (a, b, c) of some nums[i] < nums[j] < nums[k] with i < j < k, or None."""
    raise NotImplementedError
