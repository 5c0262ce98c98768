def mst_weight(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:  # no path compression, no union by rank
            x = parent[x]
        return x

    total = used = 0
    for u, v, w in sorted(edges, key=lambda e: e[2]):
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            total += w
            used += 1
    return total if used == n - 1 else -1
