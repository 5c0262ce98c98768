from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.exact()


def components(grid):
    """Independent oracle: union-find over land cells; returns the sizes of all islands."""
    m = len(grid)
    n = len(grid[0]) if m else 0
    parent = list(range(m * n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(m):
        for j in range(n):
            if grid[i][j] != 1:
                continue
            if i + 1 < m and grid[i + 1][j] == 1:
                parent[find(i * n + j)] = find((i + 1) * n + j)
            if j + 1 < n and grid[i][j + 1] == 1:
                parent[find(i * n + j)] = find(i * n + j + 1)
    sizes = {}
    for i in range(m):
        for j in range(n):
            if grid[i][j] == 1:
                root = find(i * n + j)
                sizes[root] = sizes.get(root, 0) + 1
    return list(sizes.values())


def case(name, grid, **kw):
    return Case(name, (grid,), expected=len(components(grid)), show_input=len(grid) <= 12, **kw)


def cases(rng):
    yield Case("hand_worked", ([[1, 1, 0, 0, 1], [0, 1, 0, 1, 1], [1, 0, 0, 0, 0],
                                [1, 0, 1, 0, 1]],), expected=5)
    yield case("diagonal_is_not_adjacent", [[1, 0, 1], [0, 1, 0], [1, 0, 1]],
               guards="4-connectivity: diagonal neighbours are separate islands")
    yield case("top_and_bottom_rows", [[1, 0, 0], [0, 0, 0], [1, 0, 0]],
               guards="grid[-1] is the last row: a missing 0 <= r check joins top and bottom")
    yield case("left_and_right_columns", [[1, 0, 0, 1], [0, 0, 0, 0]],
               guards="row[-1] is the last column: a missing 0 <= c check")
    yield case("u_shape", [[1, 0, 1], [1, 0, 1], [1, 1, 1]],
               guards="counting 'cells with no land above or to the left' is not a flood fill")
    yield case("spiral", [[1, 1, 1, 1, 1], [0, 0, 0, 0, 1], [1, 1, 1, 0, 1], [1, 0, 0, 0, 1],
                          [1, 1, 1, 1, 1]])
    yield Case("empty_grid", ([],), expected=0, guards="m = 0: grid[0] does not exist")
    yield case("all_water", [[0] * 6 for _ in range(4)])
    yield case("single_land", [[1]])
    yield case("single_row", [[1, 1, 0, 1, 0, 0, 1, 1, 1]])
    yield case("single_column", [[1], [0], [1], [1], [0]])
    for i in range(6):
        m, n = (int(v) for v in rng.integers(1, 25, 2))
        yield case(f"random_{i}", (rng.random((m, n)) < 0.55).astype(int).tolist())
    yield Case("all_land_300x300_no_recursion",
               (Generated("full", (300, 300), params={"value": 1}, as_list=True),),
               expected=1, timed=True, show_input=False,
               guards="recursive DFS goes 9·10^4 calls deep: use an explicit stack or a queue")
    yield Case("random_300x300", (Generated("integers", (300, 300), seed=200,
                                            params={"low": 0, "high": 2}, as_list=True),),
               timed=True, show_input=False, guards="O(mn) flood fill")
