class LRUCache:
    """Correct order, but list.remove / list.pop(0) cost O(capacity) per operation."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.order = []          # least recent first

    def get(self, key):
        if key not in self.values:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.order.remove(key)
        elif len(self.values) == self.capacity:
            del self.values[self.order.pop(0)]
        self.values[key] = value
        self.order.append(key)
