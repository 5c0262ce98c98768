class LRUCache:
    def __init__(self, capacity: int):
        raise NotImplementedError

    def get(self, key: int) -> int:
        """The value for key (and mark it most recently used), or -1 if absent."""
        raise NotImplementedError

    def put(self, key: int, value: int) -> None:
        """Insert or update key; evict the least recently used key when over capacity."""
        raise NotImplementedError
