def find_kth_largest(nums: list[int], k: int) -> int:
    """The k-th largest value of nums (k = 1 is the maximum); duplicates count separately."""
    raise NotImplementedError
