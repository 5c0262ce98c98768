def sort_list(head):
    if head is None or head.next is None:
        return head
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
    pivot_node = slow
    # '<' versus '>=': on all-equal input everything but the pivot lands on one side.
    less, geq = ListNode(), ListNode()
    lt, ge = less, geq
    node = head
    while node is not None:
        if node is not pivot_node:
            if node.val < pivot_node.val:
                lt.next = lt = node
            else:
                ge.next = ge = node
        node = node.next
    lt.next = ge.next = None
    pivot_node.next = sort_list(geq.next)
    left = sort_list(less.next)
    if left is None:
        return pivot_node
    tail = left
    while tail.next is not None:
        tail = tail.next
    tail.next = pivot_node
    return left
