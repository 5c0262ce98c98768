def permute(nums: list[int]) -> list[list[int]]:
    """All orderings of the distinct values in nums, each as a list; any order of the lists."""
    raise NotImplementedError
