def build_tree(paths):
    root = {}
    for path in paths:
        node = root
        for name in path.split("/"):
            if name:
                node = node.setdefault(name, {})
    return root


def render_tree(paths):
    split = [[x for x in p.split("/") if x] for p in paths]
    lines = ["."]

    def children(prefix):
        k = len(prefix)
        return sorted({p[k] for p in split if len(p) > k and p[:k] == prefix})

    def walk(prefix, indent):
        names = children(prefix)
        for i, name in enumerate(names):
            last = i == len(names) - 1
            lines.append(indent + ("└── " if last else "├── ") + name)
            walk(prefix + [name], indent + ("    " if last else "│   "))

    walk([], "")
    return "\n".join(lines)
