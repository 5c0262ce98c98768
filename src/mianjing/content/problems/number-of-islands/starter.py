def num_islands(grid: list[list[int]]) -> int:
    """Number of 4-connected groups of 1s in a 0/1 grid."""
    raise NotImplementedError
