"""Data structures that LeetCode-style problems hand to submissions (``ListNode``, ``TreeNode``).

They are injected into the submission's namespace when a problem's meta lists them in
``prelude``, and harness probes use the converters to cross the process boundary as plain lists.
"""

from __future__ import annotations

from collections import deque
from typing import Any


class ListNode:
    __slots__ = ("val", "next")

    def __init__(self, val: Any = 0, next: ListNode | None = None):  # noqa: A002 - LeetCode name
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val!r})"


class TreeNode:
    __slots__ = ("val", "left", "right")

    def __init__(self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


def build_list(values: list[Any]) -> ListNode | None:
    head: ListNode | None = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def list_values(head: Any, limit: int = 10_000_000) -> list[Any]:
    """Values of a linked list; a cycle or a non-node raises ValueError instead of hanging."""
    out: list[Any] = []
    node = head
    while node is not None:
        if len(out) >= limit:
            raise ValueError(f"linked list longer than {limit} nodes (is there a cycle?)")
        if not hasattr(node, "val") or not hasattr(node, "next"):
            raise ValueError(f"expected a ListNode, found {type(node).__name__}")
        out.append(node.val)
        node = node.next
    return out


def build_tree(values: list[Any]) -> TreeNode | None:
    """Level-order list with None for gaps, as LeetCode writes trees."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def tree_values(root: TreeNode | None) -> list[Any]:
    out: list[Any] = []
    queue: deque[TreeNode | None] = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


PRELUDE = {"ListNode": ListNode, "TreeNode": TreeNode}
