from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

_EXACT = checkers.exact()


def check_merged(got, expected, case):
    if not isinstance(got, dict):
        raise checkers.Mismatch(f"probe returned {type(got).__name__}")
    _EXACT(got["values"], expected["values"], case)
    if not got["same_nodes"]:
        raise checkers.Mismatch("the merged list contains nodes that were not in the input: "
                                "relink the existing nodes instead of creating new ones")


COMPARE = check_merged


def case(name, lists, **kw):
    merged = sorted(v for vals in lists for v in vals)   # independent oracle
    return Case(name, (lists,), probe="merge", show_input=sum(map(len, lists)) <= 30,
                expected={"values": merged, "same_nodes": True}, **kw)


def sorted_lists(rng, k, max_len, low=-100, high=100):
    return [sorted(rng.integers(low, high, int(rng.integers(0, max_len + 1))).tolist())
            for _ in range(k)]


def cases(rng):
    yield Case("hand_worked", ([[1, 4, 7], [2, 4], [], [0, 9]],), probe="merge",
               expected={"values": [0, 1, 2, 4, 4, 7, 9], "same_nodes": True})
    yield case("no_lists", [], guards="k = 0 returns None")
    yield case("only_empty_lists", [[], [], []], guards="None heads must not go into the heap")
    yield case("single_list", [[1, 2, 3]])
    yield case("equal_heads", [[1, 1, 2], [1, 3], [1], [0, 1]],
               guards="equal values: heap entries (val, node) would compare ListNode objects")
    yield case("odd_number_of_lists", [[5], [1, 9], [3], [2, 8], [4]],
               guards="pairwise merging must not drop the last list when k is odd")
    yield case("negative_values", [[-10, -3, 0], [-7, -7, 5]])
    yield case("one_long_many_short", [list(range(0, 300, 3))] + [[v] for v in range(40)])
    for i in range(6):
        yield case(f"random_{i}", sorted_lists(rng, int(rng.integers(1, 12)), 15))
    yield case("random_many_duplicates", sorted_lists(rng, 30, 40, low=0, high=5))
    yield Case("k5000_n1e5_log_k", (Generated("integers", (5000, 20), seed=23,
                                              params={"low": 0, "high": 40}, as_list=True),),
               probe="increments", timed=True, show_input=False,
               guards="O(N log k): merging the lists one after another is O(N k)")
