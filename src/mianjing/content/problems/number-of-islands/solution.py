def num_islands(grid: list[list[int]]) -> int:
    m = len(grid)
    n = len(grid[0]) if m else 0
    seen = [[False] * n for _ in range(m)]
    count = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] != 1 or seen[i][j]:
                continue
            # A new island: flood it with an explicit stack (no recursion depth limit).
            count += 1
            seen[i][j] = True
            stack = [(i, j)]
            while stack:
                r, c = stack.pop()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1 and not seen[nr][nc]:
                        seen[nr][nc] = True
                        stack.append((nr, nc))
    return count
