import random


def sort_list(head):
    # Quicksorts an array of node references, then relinks: right order, same nodes,
    # but O(n) extra memory instead of sorting the list itself.
    nodes = []
    node = head
    while node is not None:
        nodes.append(node)
        node = node.next

    def quick(lo, hi):
        while lo < hi:
            pivot = nodes[random.randint(lo, hi)].val
            lt, i, gt = lo, lo, hi
            while i <= gt:
                if nodes[i].val < pivot:
                    nodes[lt], nodes[i] = nodes[i], nodes[lt]
                    lt += 1
                    i += 1
                elif pivot < nodes[i].val:
                    nodes[i], nodes[gt] = nodes[gt], nodes[i]
                    gt -= 1
                else:
                    i += 1
            quick(lo, lt - 1)
            lo = gt + 1

    quick(0, len(nodes) - 1)
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if nodes:
        nodes[-1].next = None
        return nodes[0]
    return None
