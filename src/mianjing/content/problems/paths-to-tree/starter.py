def build_tree(paths: list[str]) -> dict:
    """Nested dicts: every name maps to the dict of its children ({} for a leaf)."""
    raise NotImplementedError


def render_tree(paths: list[str]) -> str:
    """The tree drawn like the `tree` command: first line '.', children sorted, no trailing newline."""
    raise NotImplementedError
