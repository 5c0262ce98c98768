def lowest_common_ancestor(root, p, q):
    node = root
    while node:                         # search-tree logic on a plain binary tree
        if p.val < node.val and q.val < node.val:
            node = node.left
        elif p.val > node.val and q.val > node.val:
            node = node.right
        else:
            return node
    return root
