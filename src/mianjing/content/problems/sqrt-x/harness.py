def probe_batch(sub, xs):
    """Many calls in one case: the answers in order."""
    return [sub.my_sqrt(x) for x in xs]
