def can_jump(nums: list[int]) -> bool:
    """True if the last index can be reached from index 0 (nums[i] = longest jump from i)."""
    raise NotImplementedError
