# ruff: noqa: F821  (ListNode is injected by the judge: meta.toml prelude)
import heapq


def merge_k_lists(lists):
    # A min-heap holds the current head of every non-empty list. The list index breaks ties,
    # so two equal values never make Python compare the ListNode objects themselves.
    heap = [(node.val, i, node) for i, node in enumerate(lists) if node is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, i, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, i, node.next))
    return dummy.next
