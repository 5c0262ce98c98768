def probe_operations(sub, capacity, ops):
    """ops: ["get", key] or ["put", key, value]; returns what each call returned
    (None for put), like LeetCode's output array."""
    cache = sub.LRUCache(capacity)
    out = []
    for op in ops:
        if op[0] == "get":
            out.append(cache.get(op[1]))
        else:
            out.append(cache.put(op[1], op[2]))
    return out


def probe_random_ops(sub, capacity, kinds, keys):
    """kinds[i] == 0: get(keys[i]); otherwise put(keys[i], i). Returns the results of the gets."""
    cache = sub.LRUCache(capacity)
    got = []
    for i, (kind, key) in enumerate(zip(kinds, keys, strict=True)):
        if kind == 0:
            got.append(cache.get(key))
        else:
            cache.put(key, i)
    return got
