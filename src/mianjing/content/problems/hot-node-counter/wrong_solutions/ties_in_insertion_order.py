import threading


class HotCounter:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}

    def add(self, node, weight=1):
        with self.lock:
            self.counts[node] = self.counts.get(node, 0) + weight

    def add_many(self, items):
        with self.lock:
            for node, weight in items:
                self.counts[node] = self.counts.get(node, 0) + weight

    def top(self, k):
        with self.lock:
            ranked = sorted(self.counts.items(), key=lambda item: -item[1])   # ties: first seen
        return ranked[:max(k, 0)]
