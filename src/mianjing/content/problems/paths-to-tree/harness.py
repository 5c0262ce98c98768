def probe_keeps_input(sub, paths):
    """Calls both functions, then returns the list they were given (it must be unchanged)."""
    sub.build_tree(paths)
    sub.render_tree(paths)
    return paths
