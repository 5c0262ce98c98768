def rotate(matrix: list[list[int]]) -> None:
    """Rotate the n x n matrix 90 degrees clockwise, in place."""
    raise NotImplementedError
