def lower_bound(nums: list[int], target: int) -> int:
    """First index i with nums[i] >= target (len(nums) if none)."""
    raise NotImplementedError


def upper_bound(nums: list[int], target: int) -> int:
    """First index i with nums[i] > target (len(nums) if none)."""
    raise NotImplementedError
