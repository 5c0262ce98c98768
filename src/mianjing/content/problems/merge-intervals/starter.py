def merge(intervals: list[list[int]]) -> list[list[int]]:
    """Merge overlapping closed intervals; result sorted by start."""
    raise NotImplementedError
