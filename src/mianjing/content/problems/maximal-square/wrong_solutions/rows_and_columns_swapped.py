def maximal_square(matrix):
    n = len(matrix)                       # swapped: n should be the number of columns
    m = len(matrix[0]) if n else 0
    side = [[0] * (n + 1) for _ in range(m + 1)]
    best = 0
    for i in range(min(m, n)):
        for j in range(min(m, n)):
            if matrix[i][j] == 1:
                side[i + 1][j + 1] = 1 + min(side[i][j], side[i][j + 1], side[i + 1][j])
                best = max(best, side[i + 1][j + 1])
    return best * best
