def remove_k_digits(num: str, k: int) -> str:
    """Smallest number (as a string, no leading zeros) left after deleting k digits of num."""
    raise NotImplementedError
