def lowest_common_ancestor(root, p, q):
    def path_to(target):
        stack = [(root, [root])]
        while stack:
            node, path = stack.pop()
            if node is target:
                return path
            for child in (node.left, node.right):
                if child:
                    stack.append((child, path + [child]))
        return []

    # strict ancestors only: drops p and q themselves from their paths
    a, b = path_to(p)[:-1], path_to(q)[:-1]
    ans = root
    for x, y in zip(a, b):
        if x is not y:
            break
        ans = x
    return ans
