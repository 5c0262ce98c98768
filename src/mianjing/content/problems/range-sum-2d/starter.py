class NumMatrix:
    def __init__(self, matrix: list[list[int]]):
        """Preprocess the m x n integer matrix."""
        raise NotImplementedError

    def sum_region(self, r1: int, c1: int, r2: int, c2: int) -> int:
        """Sum of matrix[r][c] for r1 <= r <= r2 and c1 <= c <= c2 (inclusive)."""
        raise NotImplementedError
