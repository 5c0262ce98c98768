def lowest_common_ancestor(root, p, q):
    def contains(node, target):
        stack = [node]
        while stack:
            cur = stack.pop()
            if cur is None:
                continue
            if cur is target:
                return True
            stack += [cur.left, cur.right]
        return False

    node = root
    while True:                         # O(size of subtree) search at every level
        if node is p or node is q:
            return node
        in_left_p, in_left_q = contains(node.left, p), contains(node.left, q)
        if in_left_p and in_left_q:
            node = node.left
        elif not in_left_p and not in_left_q:
            node = node.right
        else:
            return node
