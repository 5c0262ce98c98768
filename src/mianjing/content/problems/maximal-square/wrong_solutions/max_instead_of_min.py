def maximal_square(matrix):
    m = len(matrix)
    n = len(matrix[0]) if m else 0
    side = [[0] * (n + 1) for _ in range(m + 1)]
    best = 0
    for i in range(m):
        for j in range(n):
            if matrix[i][j] == 1:
                side[i + 1][j + 1] = 1 + max(side[i][j], side[i][j + 1], side[i + 1][j])
                best = max(best, side[i + 1][j + 1])
    return best * best
