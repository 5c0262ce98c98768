class LRUCache:
    """Timestamps make get/put O(1) but eviction scans every key for the oldest: O(capacity)."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.stamp = {}
        self.clock = 0

    def get(self, key):
        if key not in self.values:
            return -1
        self.clock += 1
        self.stamp[key] = self.clock
        return self.values[key]

    def put(self, key, value):
        self.clock += 1
        if key not in self.values and len(self.values) == self.capacity:
            oldest = min(self.stamp, key=self.stamp.get)
            del self.values[oldest], self.stamp[oldest]
        self.values[key] = value
        self.stamp[key] = self.clock
