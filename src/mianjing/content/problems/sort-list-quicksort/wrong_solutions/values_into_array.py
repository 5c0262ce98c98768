import random


def sort_list(head):
    # Copies the values out, quicksorts the array, writes them back: the nodes never move.
    vals = []
    node = head
    while node is not None:
        vals.append(node.val)
        node = node.next

    def quick(lo, hi):
        while lo < hi:
            pivot = vals[random.randint(lo, hi)]
            lt, i, gt = lo, lo, hi
            while i <= gt:
                if vals[i] < pivot:
                    vals[lt], vals[i] = vals[i], vals[lt]
                    lt += 1
                    i += 1
                elif pivot < vals[i]:
                    vals[i], vals[gt] = vals[gt], vals[i]
                    gt -= 1
                else:
                    i += 1
            quick(lo, lt - 1)
            lo = gt + 1

    quick(0, len(vals) - 1)
    node = head
    for v in vals:
        node.val = v
        node = node.next
    return head
