def lowest_common_ancestor(root, p, q):
    def find(node):
        if node is None or node is p or node is q:
            return node
        left, right = find(node.left), find(node.right)
        if left and right:
            return node
        return left or right

    return find(root).val               # the value, not the node
