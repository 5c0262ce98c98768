def max_area_of_island(grid: list[list[int]]) -> int:
    """Cell count of the largest 4-connected group of 1s (0 if there is no land)."""
    raise NotImplementedError
