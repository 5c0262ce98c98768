def build_tree(paths):
    root = {}
    for path in paths:
        node = root
        for name in path.split("/"):
            if name:
                node = node.setdefault(name, {})
    return root


def render_tree(paths):
    lines = ["."]

    def walk(node, prefix):
        names = list(node)
        for i, name in enumerate(names):
            last = i == len(names) - 1
            lines.append(prefix + ("└── " if last else "├── ") + name)
            walk(node[name], prefix + ("    " if last else "│   "))

    walk(build_tree(paths), "")
    return "\n".join(lines)
