from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.exact()

HOT = ["item/1001", "item/1002", "item/1003", "shop/7", "shop/8", "live/42"]
MANY = [f"node{i:02d}" for i in range(48)]


def _expected_top(nodes, n_threads, rounds):
    """Exact totals of the streams harness.probe_producers sends, ranked by (-count, name)."""
    counts = dict.fromkeys(nodes, 0)
    for t in range(n_threads):
        for i in range(rounds):
            counts[nodes[(i * 7 + t * 3) % len(nodes)]] += 1 + (i + t) % 4
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _random_ops(rng, n_ops, names):
    ops = []
    for _ in range(n_ops):
        r = rng.random()
        if r < 0.45:
            node = names[int(rng.integers(len(names)))]
            ops.append(["add", node] if rng.random() < 0.3 else
                       ["add", node, int(rng.integers(1, 6))])
        elif r < 0.75:
            size = int(rng.integers(0, 8))
            ops.append(["add_many", [[names[int(rng.integers(len(names)))],
                                      int(rng.integers(1, 4))] for _ in range(size)]])
        else:
            ops.append(["top", int(rng.integers(0, len(names) + 3))])
    return ops


def cases(rng):
    hand = [["add", "a"], ["add", "b", 3], ["add", "a", 2],
            ["add_many", [["c", 1], ["b", 1], ["c", 4]]],
            ["top", 2], ["top", 10], ["top", 0]]
    yield Case("hand_worked", (hand,), probe="operations",
               expected=[[("c", 5), ("b", 4)], [("c", 5), ("b", 4), ("a", 3)], []])
    ties = [["add", "x", 2], ["add", "y", 2], ["add", "z", 2], ["add", "ab", 2], ["add", "b", 5],
            ["top", 3], ["top", 5]]
    yield Case("ties_broken_by_name", (ties,), probe="operations",
               expected=[[("b", 5), ("ab", 2), ("x", 2)],
                         [("b", 5), ("ab", 2), ("x", 2), ("y", 2), ("z", 2)]],
               guards="equal counts are ordered by node name ascending, not by first arrival")
    yield Case("empty_counter", ([["top", 3], ["add_many", []], ["top", 1]],), probe="operations",
               expected=[[], []])
    yield Case("k_larger_than_nodes", ([["add", "q"], ["add", "p"], ["add", "q"], ["top", 99]],),
               probe="operations", expected=[[("q", 2), ("p", 1)]])
    repeat = [["add_many", [["m", 1], ["n", 2], ["m", 3], ["m", 1]]], ["add", "n", 1],
              ["top", 2]]
    yield Case("repeated_node_in_batch", (repeat,), probe="operations",
               expected=[[("m", 5), ("n", 3)]],
               guards="a batch may name the same node several times; add_many receives a "
                      "one-shot generator, not a list")
    for i in range(3):
        yield Case(f"random_sequential_{i}", (_random_ops(rng, 60, HOT + ["x"]),),
                   probe="operations")
    yield Case("six_threads_add", (HOT, 6, 0, 40_000, 1), probe="producers",
               expected=_expected_top(HOT, 6, 40_000), show_input=False,
               guards="concurrent add() must not lose updates: the read-modify-write of a "
                      "count needs a lock")
    yield Case("six_threads_add_many", (HOT, 0, 6, 40_000, 200), probe="producers",
               expected=_expected_top(HOT, 6, 40_000), show_input=False,
               guards="add_many() from several threads must not lose updates either")
    yield Case("mixed_producers_and_reader", (MANY, 3, 3, 30_000, 100, 1), probe="producers",
               expected=_expected_top(MANY, 6, 30_000), show_input=False,
               guards="add(), add_many() and top() running at the same time")
