from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()
TIME_FACTOR = 8.0


def check_partitioned(got, expected, case):
    checkers.exact()(got["values"], expected["values"], case)
    n = len(expected["values"])
    if got["max_hits"] < n // 2:
        raise checkers.Mismatch(
            f"sorted correctly, but no element was compared with more than {got['max_hits']} "
            f"of the {n} elements: a quicksort partition compares its pivot with every element "
            "of the range (merge sort, heap sort or counting sort is not what is asked)")


def cases(rng):
    yield Case("hand_worked", ([5, 2, 3, 1],), expected=[1, 2, 3, 5])
    yield Case("hand_worked_duplicates", ([5, 1, 1, 2, 0, 0],), expected=[0, 0, 1, 1, 2, 5],
               guards="equal keys on both sides of the pivot")
    yield Case("empty", ([],), expected=[])
    yield Case("single", ([7],), expected=[7])
    yield Case("two_descending", ([2, 1],), expected=[1, 2],
               guards="partition bounds on the smallest non-trivial range")
    yield Case("negatives", ([-3, 0, -50000, 50000, -1, 2],), expected=[-50000, -3, -1, 0, 2, 50000])
    for n in (10, 57, 300, 2000):
        nums = rng.integers(-50000, 50001, n).tolist()
        yield Case(f"random_{n}", (nums,), expected=[int(v) for v in sorted(nums)])
    ordered = list(range(-1500, 1500))
    yield Case("sorted_3000", (ordered,), expected=ordered, show_input=False,
               guards="a fixed first/last-element pivot recurses 3000 levels deep on sorted input")
    small_range = rng.integers(0, 3, 500).tolist()
    yield Case("few_distinct_values", (small_range,), expected=sorted(small_range))
    perm = rng.permutation(2000).tolist()
    yield Case("is_a_partition_sort", (perm,), probe="partition", show_input=False,
               expected={"values": list(range(2000)), "max_hits": 1999}, check=check_partitioned,
               guards="a quicksort: some pivot is compared with every other element")
    n = 100_000
    big = [
        ("sorted", Generated("sorted_integers", (n,), seed=1, params={"low": -50000, "high": 50001},
                             as_list=True),
         "first- or last-element pivot on sorted input: O(n^2) time and n-deep recursion"),
        ("reversed", Generated("sorted_integers", (n,), seed=2,
                               params={"low": -50000, "high": 50001, "descending": True},
                               as_list=True),
         "fixed pivot position on reversed input"),
        ("all_equal", Generated("full", (n,), params={"value": 7}, as_list=True),
         "two-way partition puts every equal key on one side: O(n^2) on all-equal input"),
        ("few_distinct", Generated("integers", (n,), seed=3, params={"low": 0, "high": 4},
                                   as_list=True),
         "heavy duplicates need a three-way partition"),
        ("random", Generated("integers", (n,), seed=4, params={"low": -50000, "high": 50001},
                             as_list=True),
         "an O(n log n) sort on 10^5 random integers"),
    ]
    for name, gen, guard in big:
        # A three-way partition finishes all-equal / few-distinct input in one or a few passes;
        # Hoare's two-pointer partition needs O(n log n) there, which is fine too: the floor
        # lets any O(n log n) quicksort through and still stops O(n^2) (about 10^10 steps).
        floor = 4000.0 if name in ("all_equal", "few_distinct") else None
        yield Case(f"{name}_1e5", (gen,), timed=True, digest=True, guards=guard,
                   time_floor_ms=floor)
