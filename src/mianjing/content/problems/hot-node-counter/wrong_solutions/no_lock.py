class HotCounter:
    """Fine in a single thread; concurrent read-modify-writes lose updates."""

    def __init__(self):
        self.counts = {}

    def add(self, node, weight=1):
        self.counts[node] = self.counts.get(node, 0) + weight

    def add_many(self, items):
        for node, weight in items:
            self.add(node, weight)

    def top(self, k):
        ranked = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:max(k, 0)]
