def sort_list(head):
    if head is None or head.next is None:
        return head
    pivot = head.val  # sorted input: every partition peels off one node
    less, equal, greater = ListNode(), ListNode(), ListNode()
    lt, eq, gt = less, equal, greater
    node = head
    while node is not None:
        if node.val < pivot:
            lt.next = lt = node
        elif pivot < node.val:
            gt.next = gt = node
        else:
            eq.next = eq = node
        node = node.next
    lt.next = gt.next = None
    eq.next = sort_list(greater.next)
    left = sort_list(less.next)
    if left is None:
        return equal.next
    tail = left
    while tail.next is not None:
        tail = tail.next
    tail.next = equal.next
    return left
