def lowest_common_ancestor(root, p, q):
    # Returns p or q if found in this subtree (or the LCA once both are found below).
    if root is None or root is p or root is q:
        return root
    left = lowest_common_ancestor(root.left, p, q)
    right = lowest_common_ancestor(root.right, p, q)
    if left and right:             # p and q on different sides: root is the split point
        return root
    return left or right
