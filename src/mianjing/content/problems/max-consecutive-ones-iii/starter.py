def longest_ones(nums: list[int], k: int) -> int:
    """Length of the longest run of 1s after turning at most k zeros into ones."""
    raise NotImplementedError
