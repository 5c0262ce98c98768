def num_islands(grid):
    m = len(grid)
    n = len(grid[0]) if m else 0

    def sink(r, c):
        if r < 0 or r >= m or c < 0 or c >= n or grid[r][c] != 1:
            return
        grid[r][c] = 0
        sink(r + 1, c)
        sink(r - 1, c)
        sink(r, c + 1)
        sink(r, c - 1)

    count = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] == 1:
                count += 1
                sink(i, j)
    return count
