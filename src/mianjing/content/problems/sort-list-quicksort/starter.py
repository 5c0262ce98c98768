def sort_list(head: "ListNode | None") -> "ListNode | None":
    """Sort the linked list ascending with quicksort by relinking nodes; return the new head.

    ListNode(val, next) is provided by the judge.
    """
    raise NotImplementedError
