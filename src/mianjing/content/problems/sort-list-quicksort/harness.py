import tracemalloc

from mianjing.judge.generated import digest
from mianjing.judge.structures import build_list


class _Counted:
    """A comparable value that counts the comparisons it takes part in."""

    __slots__ = ("v", "hits")

    def __init__(self, v):
        self.v = v
        self.hits = 0

    def _other(self, other):
        self.hits += 1
        if isinstance(other, _Counted):
            other.hits += 1
            return other.v
        return other

    def __lt__(self, other):
        return self.v < self._other(other)

    def __le__(self, other):
        return self.v <= self._other(other)

    def __gt__(self, other):
        return self.v > self._other(other)

    def __ge__(self, other):
        return self.v >= self._other(other)

    def __eq__(self, other):
        return self.v == self._other(other)

    def __ne__(self, other):
        return self.v != self._other(other)

    def __hash__(self):
        return hash(self.v)


def probe_sort(sub, values, counted=False, trace_memory=False, fingerprint=False):
    """Build the list, sort it, and report what came back.

    values: the sorted values (or their digest); same_nodes: every returned node is one of the
    input nodes; vals_kept: no node's val was overwritten; max_hits (counted): the most
    comparisons any one value took part in; peak_bytes (trace_memory): peak Python memory
    allocated during the call.
    """
    items = [_Counted(v) for v in values] if counted else values
    head = build_list(items)
    original = {}
    node = head
    while node is not None:
        original[id(node)] = (node, node.val)
        node = node.next
    report = {}
    if trace_memory:
        tracemalloc.start()
        out = sub.sort_list(head)
        report["peak_bytes"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    else:
        out = sub.sort_list(head)
    del head
    if counted:
        report["max_hits"] = max((x.hits for x in items), default=0)
    got, same_nodes, vals_kept = [], True, True
    node = out
    while node is not None:
        if len(got) > len(original):
            raise ValueError("the returned list is longer than the input (a cycle?)")
        entry = original.get(id(node))
        if entry is None or entry[0] is not node:
            same_nodes = False
        elif node.val is not entry[1]:
            vals_kept = False
        got.append(node.val)
        node = node.next
    got = [v.v if isinstance(v, _Counted) else v for v in got]
    report.update(values=digest(got) if fingerprint else got, same_nodes=same_nodes,
                  vals_kept=vals_kept)
    return report
