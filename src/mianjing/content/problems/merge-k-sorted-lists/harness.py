from itertools import accumulate

from mianjing.judge.generated import digest
from mianjing.judge.structures import build_list


def probe_merge(sub, lists, fingerprint=False):
    """Build the k lists, merge, report the values and whether only input nodes came back."""
    heads = [build_list(vals) for vals in lists]
    original = {}
    for head in heads:
        node = head
        while node is not None:
            original[id(node)] = node
            node = node.next
    out = sub.merge_k_lists(heads)
    got, same_nodes = [], True
    node = out
    while node is not None:
        if len(got) > len(original):
            raise ValueError("the merged list is longer than all inputs together (a cycle?)")
        if original.get(id(node)) is not node:
            same_nodes = False
        got.append(node.val)
        node = node.next
    return {"values": digest(got) if fingerprint else got, "same_nodes": same_nodes}


def probe_increments(sub, rows):
    """Row r of non-negative steps becomes the ascending list of its running sums."""
    return probe_merge(sub, [list(accumulate(row)) for row in rows], fingerprint=True)
