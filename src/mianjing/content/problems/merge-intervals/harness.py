def probe_merge_from_starts(sub, starts, length):
    """Builds n intervals [s, s + length] in the given (unsorted) order inside the sandbox."""
    return sub.merge([[s, s + length] for s in starts])
