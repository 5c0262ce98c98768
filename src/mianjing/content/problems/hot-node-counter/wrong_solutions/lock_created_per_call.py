import threading


class HotCounter:
    """Each call makes its own new lock, so no two threads ever contend for the same one."""

    def __init__(self):
        self.counts = {}

    def add(self, node, weight=1):
        with threading.Lock():
            self.counts[node] = self.counts.get(node, 0) + weight

    def add_many(self, items):
        for node, weight in items:
            self.add(node, weight)

    def top(self, k):
        with threading.Lock():
            ranked = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:max(k, 0)]
