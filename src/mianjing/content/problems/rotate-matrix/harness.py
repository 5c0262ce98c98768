def probe_rotate(sub, matrix):
    """Call rotate() and return the caller's own matrix afterwards, plus whether its row
    lists are still the same objects (an in-place rotation never replaces them)."""
    rows = [id(row) for row in matrix]
    sub.rotate(matrix)
    return {"matrix": matrix, "rows_kept": [id(row) for row in matrix] == rows}
