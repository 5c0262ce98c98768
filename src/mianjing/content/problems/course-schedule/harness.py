def forward_edges(n, a, b):
    """Prerequisite pairs [hi, lo] from two random index arrays: always acyclic."""
    return [[max(x, y), min(x, y)] for x, y in zip(a, b, strict=True) if x != y]


def chain_edges(n):
    """0 -> 1 -> ... -> n-1, listed from the far end."""
    return [[i + 1, i] for i in reversed(range(n - 1))]


def probe_random_dag(sub, n, a, b):
    return sub.find_order(n, forward_edges(n, a, b))


def probe_chain(sub, n):
    return sub.find_order(n, chain_edges(n))
