def max_area_of_island(grid):
    m = len(grid)
    n = len(grid[0]) if m else 0

    def area(r, c):
        if r < 0 or r >= m or c < 0 or c >= n or grid[r][c] != 1:
            return 0
        grid[r][c] = 0
        return 1 + area(r + 1, c) + area(r - 1, c) + area(r, c + 1) + area(r, c - 1)

    return max((area(i, j) for i in range(m) for j in range(n)), default=0)
