import threading


class HotCounter:
    """Assumes the batch is a list: len() and indexing fail on a generator."""

    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}

    def add(self, node, weight=1):
        with self.lock:
            self.counts[node] = self.counts.get(node, 0) + weight

    def add_many(self, items):
        with self.lock:
            for i in range(len(items)):
                node, weight = items[i]
                self.counts[node] = self.counts.get(node, 0) + weight

    def top(self, k):
        with self.lock:
            ranked = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:max(k, 0)]
