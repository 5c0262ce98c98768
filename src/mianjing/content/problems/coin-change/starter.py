def coin_change(coins: list[int], amount: int) -> int:
    """Fewest coins (each denomination unlimited) that sum to amount; -1 if impossible."""
    raise NotImplementedError
