def rotate(matrix: list[list[int]]) -> None:
    # Builds the right matrix, but only rebinds the local name: the caller sees no change.
    matrix = [list(row) for row in zip(*matrix[::-1])]
