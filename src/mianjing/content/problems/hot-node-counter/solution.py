import heapq
import threading
from collections import Counter


class HotCounter:
    SHARDS = 16

    def __init__(self):
        # Node -> shard by hash; each shard has its own lock, so producers touching
        # different nodes rarely wait for each other.
        self.locks = [threading.Lock() for _ in range(self.SHARDS)]
        self.counts = [{} for _ in range(self.SHARDS)]

    def add(self, node: str, weight: int = 1) -> None:
        s = hash(node) % self.SHARDS
        with self.locks[s]:
            self.counts[s][node] = self.counts[s].get(node, 0) + weight

    def add_many(self, items) -> None:
        local = Counter()                  # aggregate the batch without holding any lock
        for node, weight in items:
            local[node] += weight
        by_shard = [[] for _ in range(self.SHARDS)]
        for node, weight in local.items():
            by_shard[hash(node) % self.SHARDS].append((node, weight))
        for s, batch in enumerate(by_shard):
            if batch:
                with self.locks[s]:        # one lock acquisition per shard per batch
                    shard = self.counts[s]
                    for node, weight in batch:
                        shard[node] = shard.get(node, 0) + weight

    def top(self, k: int) -> list[tuple[str, int]]:
        snapshot = []
        for lock, shard in zip(self.locks, self.counts, strict=True):
            with lock:
                snapshot.extend(shard.items())
        return heapq.nsmallest(k, snapshot, key=lambda item: (-item[1], item[0]))
