def maximal_square(matrix):
    m = len(matrix)
    n = len(matrix[0]) if m else 0
    best = 0
    for i in range(m):
        for j in range(n):
            k = 1
            while i + k <= m and j + k <= n and all(
                    matrix[r][c] == 1 for r in range(i, i + k) for c in range(j, j + k)):
                best = max(best, k)
                k += 1
    return best * best
