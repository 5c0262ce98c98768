def maximal_square(matrix: list[list[int]]) -> int:
    """Area of the largest square containing only 1s (0 if there is none)."""
    raise NotImplementedError
