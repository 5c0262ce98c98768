from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()
TIME_FACTOR = 8.0


def _simulate(capacity, ops):
    """Independent O(n)-per-op model: a list ordered from least to most recently used."""
    order, values, out = [], {}, []
    for op in ops:
        key = op[1]
        if op[0] == "get":
            if key in values:
                order.remove(key)
                order.append(key)
                out.append(values[key])
            else:
                out.append(-1)
            continue
        if key in values:
            order.remove(key)
        elif len(values) == capacity:
            del values[order.pop(0)]
        values[key] = op[2]
        order.append(key)
        out.append(None)
    return out


def _random_ops(rng, n, key_range):
    ops = []
    for i in range(n):
        key = int(rng.integers(key_range))
        ops.append(["get", key] if rng.random() < 0.45 else ["put", key, i])
    return ops


def cases(rng):
    hand = [["put", 1, 10], ["put", 2, 20], ["get", 1], ["put", 3, 30], ["get", 2],
            ["put", 1, 11], ["put", 4, 40], ["get", 3], ["get", 1], ["get", 4]]
    yield Case("hand_worked", (2, hand), probe="operations",
               expected=[None, None, 10, None, -1, None, None, -1, 11, 40])
    refresh = [["put", 1, 1], ["put", 2, 2], ["put", 3, 3], ["get", 1], ["put", 4, 4],
               ["get", 2], ["get", 1], ["get", 3]]
    yield Case("get_refreshes_recency", (3, refresh), probe="operations",
               expected=[None, None, None, 1, None, -1, 1, 3],
               guards="a successful get makes the key most recently used")
    update = [["put", 1, 1], ["put", 2, 2], ["put", 1, 100], ["put", 3, 3], ["get", 1],
              ["get", 2], ["get", 3]]
    yield Case("update_refreshes_and_keeps_others", (2, update), probe="operations",
               expected=[None, None, None, None, 100, -1, 3],
               guards="put on an existing key updates it, makes it most recent, and must not "
                      "evict anything")
    full_update = [["put", 5, 1], ["put", 6, 2], ["put", 6, 3], ["get", 5], ["get", 6]]
    yield Case("update_when_full_does_not_evict", (2, full_update), probe="operations",
               expected=[None, None, None, 1, 3],
               guards="updating a key while the cache is full is not an insertion")
    cap1 = [["put", 1, 1], ["get", 1], ["put", 2, 2], ["get", 1], ["get", 2], ["put", 2, 5],
            ["get", 2]]
    yield Case("capacity_one", (1, cap1), probe="operations",
               expected=[None, 1, None, -1, 2, None, 5])
    yield Case("get_missing_on_empty", (3, [["get", 0], ["get", 7]]), probe="operations",
               expected=[-1, -1])
    exact = [["put", k, k * 10] for k in range(4)] + [["get", k] for k in range(4)]
    yield Case("exactly_capacity_keys_all_kept", (4, exact), probe="operations",
               expected=[None] * 4 + [0, 10, 20, 30],
               guards="holding exactly `capacity` keys must not evict (off-by-one)")
    for i, (cap, key_range) in enumerate([(2, 5), (3, 8), (5, 12), (8, 30)]):
        ops = _random_ops(rng, 200, key_range)
        yield Case(f"random_{i}", (cap, ops), probe="operations", expected=_simulate(cap, ops))
    n = 100_000
    yield Case("large_100k_ops", (30_000,
                                  Generated("integers", (n,), seed=11,
                                            params={"low": 0, "high": 3}, as_list=True),
                                  Generated("integers", (n,), seed=12,
                                            params={"low": 0, "high": 60_000}, as_list=True)),
               probe="random_ops", timed=True, digest=True,
               guards="O(1) get/put: no scan over all keys or list.remove per operation")
