import tracemalloc


def probe_with_memory(sub, nums):
    """The answer, plus the peak Python memory allocated during the call."""
    tracemalloc.start()
    out = sub.find_increasing_triplet(nums)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"triplet": out, "peak_bytes": peak}
