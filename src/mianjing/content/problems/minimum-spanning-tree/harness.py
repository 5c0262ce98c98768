def probe_chain(sub, n, extra, backwards=False):
    """A path 0-1-...-(n-1) with increasing weights, then `extra` heavy edges from vertex 0.

    Union-find without path compression turns the path into an n-long parent chain, and
    every extra edge then walks it. backwards=True lists path edges as (i + 1, i).
    """
    edges = [(i + 1, i, i) if backwards else (i, i + 1, i) for i in range(n - 1)]
    edges += [(0, 1 + k % (n - 1), n + k) for k in range(extra)]
    return sub.mst_weight(n, edges)
