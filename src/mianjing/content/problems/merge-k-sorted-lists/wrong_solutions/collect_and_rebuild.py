def merge_k_lists(lists):
    values = []
    for node in lists:
        while node is not None:
            values.append(node.val)
            node = node.next
    values.sort()
    dummy = tail = ListNode()
    for v in values:
        tail.next = tail = ListNode(v)  # new nodes instead of the input's
    return dummy.next
