def sort_list(head):
    # Linked-list merge sort: O(n log n) and in place, but not the quicksort that was asked for.
    if head is None or head.next is None:
        return head
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
    second, slow.next = slow.next, None
    a, b = sort_list(head), sort_list(second)
    dummy = tail = ListNode()
    while a is not None and b is not None:
        if b.val < a.val:
            tail.next, b = b, b.next
        else:
            tail.next, a = a, a.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next
