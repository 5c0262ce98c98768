def mst_weight(n: int, edges: list[tuple[int, int, int]]) -> int:
    """Total weight of a minimum spanning tree of the undirected graph, or -1 if disconnected.

    Vertices are 0 .. n-1; each edge is (u, v, w).
    """
    raise NotImplementedError
