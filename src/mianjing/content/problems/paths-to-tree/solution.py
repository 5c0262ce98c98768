def build_tree(paths: list[str]) -> dict:
    root: dict = {}
    for path in paths:
        node = root
        for name in path.split("/"):
            if name:                      # leading, trailing and doubled '/' give empty names
                node = node.setdefault(name, {})
    return root


def render_tree(paths: list[str]) -> str:
    lines = ["."]

    def walk(node: dict, prefix: str) -> None:
        names = sorted(node)
        for i, name in enumerate(names):
            last = i == len(names) - 1
            lines.append(prefix + ("└── " if last else "├── ") + name)
            walk(node[name], prefix + ("    " if last else "│   "))

    walk(build_tree(paths), "")
    return "\n".join(lines)
