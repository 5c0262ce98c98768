def top_k_frequent(nums: list[int], k: int) -> list[int]:
    """The k most frequent values: count descending, equal counts by smaller value first."""
    raise NotImplementedError
