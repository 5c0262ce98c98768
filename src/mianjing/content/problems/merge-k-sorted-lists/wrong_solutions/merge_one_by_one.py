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

    result = None
    for head in lists:  # the result grows, so later merges rescan it: O(N k)
        result = merge(result, head)
    return result
