# TreeNode(val, left=None, right=None) is provided by the judge (no import needed).


def lowest_common_ancestor(root: "TreeNode", p: "TreeNode", q: "TreeNode") -> "TreeNode":
    """The deepest node that has both p and q as descendants (a node descends from itself)."""
    raise NotImplementedError
