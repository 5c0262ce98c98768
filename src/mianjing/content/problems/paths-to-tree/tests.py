from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.exact()

HAND_PATHS = ["src/main.py", "src/utils/io.py", "README.md", "src/utils/",
              "docs//guide.md", "", "src/main.py"]
HAND_TREE = {"src": {"main.py": {}, "utils": {"io.py": {}}}, "README.md": {},
             "docs": {"guide.md": {}}}
HAND_RENDER = "\n".join([
    ".",
    "├── README.md",
    "├── docs",
    "│   └── guide.md",
    "└── src",
    "    ├── main.py",
    "    └── utils",
    "        └── io.py",
])

NAMES = ["data", "img", "label", "train", "val", "a.txt", "b.json", "README", "Zeta", "_tmp",
         "日志", "v 2", "..", "x.py"]


def _random_paths(rng, n, max_depth, vocab):
    paths = []
    for _ in range(n):
        depth = int(rng.integers(1, max_depth + 1))
        parts = [vocab[int(i)] for i in rng.integers(0, len(vocab), depth)]
        path = "/".join(parts)
        style = int(rng.integers(0, 6))
        if style == 0:
            path = "/" + path
        elif style == 1:
            path += "/"
        elif style == 2 and depth > 1:
            path = path.replace("/", "//", 1)
        paths.append(path)
    return paths


def cases(rng):
    yield Case("hand_worked_build", (HAND_PATHS,), call="build_tree", expected=HAND_TREE)
    yield Case("hand_worked_render", (HAND_PATHS,), call="render_tree", expected=HAND_RENDER)
    yield Case("empty_list_build", ([],), call="build_tree", expected={})
    yield Case("empty_list_render", ([],), call="render_tree", expected=".",
               guards="an empty tree is just the root line '.'")
    only_slashes = ["", "/", "//", "///"]
    yield Case("empty_and_slash_only_paths_build", (only_slashes,), call="build_tree",
               expected={}, guards="empty names from '' and '/' must not create nodes")
    yield Case("empty_and_slash_only_paths_render", (only_slashes,), call="render_tree",
               expected=".")
    trailing = ["a/b/", "a/c", "d/"]
    yield Case("trailing_slash_build", (trailing,), call="build_tree",
               expected={"a": {"b": {}, "c": {}}, "d": {}},
               guards="a trailing '/' must not create a child with an empty name")
    yield Case("trailing_slash_render", (trailing,), call="render_tree",
               expected=".\n├── a\n│   ├── b\n│   └── c\n└── d")
    leading = ["/usr/bin/python", "usr//lib", "//usr/bin/"]
    yield Case("leading_and_double_slash_build", (leading,), call="build_tree",
               expected={"usr": {"bin": {"python": {}}, "lib": {}}},
               guards="'/usr', 'usr' and 'usr//lib' all refer to the same 'usr' node")
    prefix_later = ["a/b/c", "a/b", "a", "x", "x/y"]
    yield Case("shorter_path_after_longer_build", (prefix_later,), call="build_tree",
               expected={"a": {"b": {"c": {}}}, "x": {"y": {}}},
               guards="inserting 'a/b' after 'a/b/c' must keep the existing subtree")
    yield Case("shorter_path_after_longer_render", (prefix_later,), call="render_tree",
               expected=".\n├── a\n│   └── b\n│       └── c\n└── x\n    └── y")
    dup = ["k/v", "k/v", "k/v/", "/k/v"]
    yield Case("duplicates_build", (dup,), call="build_tree", expected={"k": {"v": {}}})
    yield Case("duplicates_render", (dup,), call="render_tree", expected=".\n└── k\n    └── v",
               guards="a repeated path is drawn once")
    order = ["b", "B", "a", "_x", "Z1", "10", "9", "a/Y", "a/y", "a/X"]
    yield Case("code_point_order_render", (order,), call="render_tree",
               expected=".\n├── 10\n├── 9\n├── B\n├── Z1\n├── _x\n├── a\n│   ├── X\n│   ├── Y\n"
                        "│   └── y\n└── b",
               guards="children sorted by plain string order (digits < upper case < '_' < "
                      "lower case), not insertion order and not case-insensitive")
    deep = ["r/a/p/q", "r/a/s", "r/b", "r/b/t/u"]
    yield Case("last_child_prefix_render", (deep,), call="render_tree",
               expected="\n".join([".", "└── r", "    ├── a", "    │   ├── p",
                                   "    │   │   └── q", "    │   └── s", "    └── b",
                                   "        └── t", "            └── u"]),
               guards="below a last child the prefix is four spaces, below other children "
                      "it is '│   '")
    yield Case("unicode_names_render", (["照片/2024/猫.jpg", "照片/2023", "文档/简历 v2.pdf"],),
               call="render_tree")
    for i in range(3):
        paths = _random_paths(rng, 40, 4, NAMES)
        yield Case(f"random_build_{i}", (paths,), call="build_tree")
        yield Case(f"random_render_{i}", (paths,), call="render_tree")
    yield Case("input_list_unchanged", (list(HAND_PATHS),), probe="keeps_input",
               guards="the caller's list must not be modified")
    vocab = [f"n{i}" for i in range(14)] + ["img.png", "ann.json", "Data"]
    big = _random_paths(rng, 20_000, 8, vocab)
    yield Case("large_render_20000_paths", (big,), call="render_tree", timed=True, digest=True,
               show_input=False,
               guards="one pass to build the tree, not a scan of all paths for every node")
