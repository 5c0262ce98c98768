class HotCounter:
    def __init__(self):
        raise NotImplementedError

    def add(self, node: str, weight: int = 1) -> None:
        """Add weight to node's heat; called from many threads at once."""
        raise NotImplementedError

    def add_many(self, items) -> None:
        """items: any iterable (possibly a one-shot generator) of (node, weight) pairs."""
        raise NotImplementedError

    def top(self, k: int) -> list[tuple[str, int]]:
        """The k hottest (node, count) pairs: count descending, ties by node name ascending."""
        raise NotImplementedError
