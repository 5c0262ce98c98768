import math


def mst_weight(n, edges):
    # Textbook O(n^2) Prim on an adjacency dict: fine for dense graphs, slow for sparse ones.
    adj = [{} for _ in range(n)]
    for u, v, w in edges:
        if u != v and w < adj[u].get(v, math.inf):
            adj[u][v] = adj[v][u] = w
    dist = [math.inf] * n
    in_tree = [False] * n
    dist[0] = 0
    total = 0
    for _ in range(n):
        u = -1
        for x in range(n):
            if not in_tree[x] and (u == -1 or dist[x] < dist[u]):
                u = x
        if dist[u] == math.inf:
            return -1
        in_tree[u] = True
        total += dist[u]
        for v, w in adj[u].items():
            if not in_tree[v] and w < dist[v]:
                dist[v] = w
    return total
