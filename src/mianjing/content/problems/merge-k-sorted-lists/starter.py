def merge_k_lists(lists: "list[ListNode | None]") -> "ListNode | None":
    """Merge k ascending linked lists into one ascending list by relinking their nodes.

    ListNode(val, next) is provided by the judge.
    """
    raise NotImplementedError
