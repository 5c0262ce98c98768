from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

TIME_FACTOR = 8.0
PEAK_LIMIT_BYTES = 64 * 1024   # an array of 2·10^4 node references alone is 160 KB
_EXACT = checkers.exact()


def check_sorted_list(got, expected, case):
    if not isinstance(got, dict):
        raise checkers.Mismatch(f"probe returned {type(got).__name__}")
    _EXACT(got["values"], expected["values"], case)
    if not got["same_nodes"]:
        raise checkers.Mismatch("the returned list contains nodes that were not in the input: "
                                "relink the existing nodes instead of building new ones")
    if not got["vals_kept"]:
        raise checkers.Mismatch("node values were overwritten: the values are in order but the "
                                "nodes were not moved (copying values out and back is not "
                                "sorting the list)")
    if "max_hits" in expected:
        n = len(expected["values"])
        if got["max_hits"] < n // 2:
            raise checkers.Mismatch(
                f"no value was compared with more than {got['max_hits']} of the {n} nodes: a "
                "quicksort partition compares its pivot with every node (merge sort is not "
                "what is asked)")
    if "peak_bytes" in got and got["peak_bytes"] > PEAK_LIMIT_BYTES:
        raise checkers.Mismatch(
            f"sorting 2·10^4 nodes allocated {got['peak_bytes'] // 1024} KB at peak; a linked-"
            f"list quicksort needs only its O(log n) recursion (limit "
            f"{PEAK_LIMIT_BYTES // 1024} KB): do not copy the nodes into an array")


COMPARE = check_sorted_list


def plain(name, values, **kw):
    return Case(name, (values,), probe="sort", show_input=len(values) <= 20,
                expected={"values": sorted(values), "same_nodes": True, "vals_kept": True},
                **kw)


def cases(rng):
    yield plain("hand_worked", [4, 1, 3, 1, 2])
    yield plain("empty", [], guards="head is None")
    yield plain("single", [5])
    yield plain("two_descending", [2, 1])
    yield plain("duplicates", [3, 1, 3, 3, 2, 1, 3],
                guards="nodes equal to the pivot must all be kept (three-way partition)")
    yield plain("negatives", [0, -5, 10**9, -10**9, 7, -5])
    for n in (17, 200, 1500):
        yield plain(f"random_{n}", rng.integers(-1000, 1000, n).tolist())
    yield plain("sorted_3000", list(range(3000)),
                guards="head-node pivot on sorted input: 3000-deep recursion")
    yield plain("all_equal_3000", [4] * 3000,
                guards="two-way partition ('<' and '>=') on all-equal input: 3000-deep recursion")
    perm = rng.permutation(2000).tolist()
    yield Case("is_a_quicksort", (perm,), {"counted": True}, probe="sort", show_input=False,
               expected={"values": list(range(2000)), "same_nodes": True, "vals_kept": True,
                         "max_hits": 1999},
               guards="a partition step compares one pivot with every node")
    perm = rng.permutation(20000).tolist()
    yield Case("no_array_copy_memory", (perm,), {"trace_memory": True}, probe="sort",
               show_input=False,
               expected={"values": list(range(20000)), "same_nodes": True, "vals_kept": True},
               guards="O(log n) extra memory: no Python list of all nodes or values")
    n = 50_000
    big = [
        ("sorted", Generated("sorted_integers", (n,), seed=1, params={"low": 0, "high": 10**6},
                             as_list=True)),
        ("reversed", Generated("sorted_integers", (n,), seed=2,
                               params={"low": 0, "high": 10**6, "descending": True},
                               as_list=True)),
        ("all_equal", Generated("full", (n,), params={"value": 3}, as_list=True)),
        ("random", Generated("integers", (n,), seed=3, params={"low": 0, "high": 10**6},
                             as_list=True)),
    ]
    for name, gen in big:
        # A two-pointer-free three-way partition finishes all-equal input in one pass; the
        # floor still leaves room for an O(n log n) variant that recurses on equal keys.
        floor = 4000.0 if name == "all_equal" else None
        yield Case(f"{name}_5e4", (gen,), {"fingerprint": True}, probe="sort", timed=True,
                   show_input=False, time_floor_ms=floor,
                   guards="O(n log n) expected time and O(log n) depth on 5·10^4 nodes")
