def trap(height: list[int]) -> int:
    """Total units of rain water held between the bars."""
    raise NotImplementedError
