# ruff: noqa: F821  (ListNode is injected by the judge: meta.toml prelude)
def sort_list(head):
    if head is None or head.next is None:
        return head
    # Pivot = value of the middle node, so already-sorted input splits in half.
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
    pivot = slow.val
    # Three-way partition by relinking into three chains behind dummy heads:
    # equal keys never recurse, so all-equal input finishes in one pass.
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
    eq.next = sort_list(greater.next)          # equal chain -> sorted greater part
    left = sort_list(less.next)
    if left is None:
        return equal.next
    tail = left
    while tail.next is not None:
        tail = tail.next
    tail.next = equal.next                      # sorted less part -> equal -> greater
    return left
