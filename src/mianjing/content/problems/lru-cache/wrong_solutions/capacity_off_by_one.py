class LRUCache:
    """Evicts once the size reaches capacity after inserting: keeps only capacity - 1 keys."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}

    def get(self, key):
        if key not in self.data:
            return -1
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        if len(self.data) >= self.capacity and len(self.data) > 1:
            del self.data[next(iter(self.data))]
