def sort_array(nums: list[int]) -> list[int]:
    """Return nums in ascending order, using quicksort (no library sorting)."""
    raise NotImplementedError
