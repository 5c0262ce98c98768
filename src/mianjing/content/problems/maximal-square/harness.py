def probe_threshold(sub, values):
    """A dense 0/1 matrix from random integers: 0 stays 0, everything else becomes 1."""
    return sub.maximal_square([[1 if v else 0 for v in row] for row in values])
