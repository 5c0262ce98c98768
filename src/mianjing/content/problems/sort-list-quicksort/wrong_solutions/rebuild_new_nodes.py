import random


def sort_list(head):
    vals = []
    node = head
    while node is not None:
        vals.append(node.val)
        node = node.next

    def quick(a):
        if len(a) <= 1:
            return a
        pivot = a[random.randrange(len(a))]
        return (quick([x for x in a if x < pivot]) + [x for x in a if x == pivot]
                + quick([x for x in a if pivot < x]))

    dummy = tail = ListNode()
    for v in quick(vals):
        tail.next = tail = ListNode(v)
    return dummy.next
