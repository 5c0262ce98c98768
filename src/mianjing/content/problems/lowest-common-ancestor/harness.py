from mianjing.judge.structures import build_tree


def probe_lca(sub, values, p_val, q_val):
    """Builds the tree from its level-order list, passes the nodes holding p_val and q_val,
    and returns the value of the node the submission returns (or why it is not a node)."""
    root = build_tree(values)
    by_value, stack = {}, [root]
    while stack:
        node = stack.pop()
        if node is not None:
            by_value[node.val] = node
            stack += [node.left, node.right]
    ans = sub.lowest_common_ancestor(root, by_value[p_val], by_value[q_val])
    if by_value.get(getattr(ans, "val", None)) is not ans:
        return f"returned {type(ans).__name__} {ans!r}, not a node of the given tree"
    return ans.val
