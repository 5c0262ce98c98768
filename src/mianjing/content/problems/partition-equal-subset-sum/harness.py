def probe_batch(sub, arrays):
    """One answer per array."""
    return [sub.can_partition(list(a)) for a in arrays]
