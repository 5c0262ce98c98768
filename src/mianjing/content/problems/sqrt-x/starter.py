def my_sqrt(x: int) -> int:
    """Largest integer r with r * r <= x, for a non-negative (possibly huge) integer x."""
    raise NotImplementedError
