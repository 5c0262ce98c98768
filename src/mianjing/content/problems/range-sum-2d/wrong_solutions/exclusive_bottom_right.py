class NumMatrix:
    def __init__(self, matrix):
        m = len(matrix)
        n = len(matrix[0]) if m else 0
        P = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(m):
            for j in range(n):
                P[i + 1][j + 1] = P[i][j + 1] + P[i + 1][j] - P[i][j] + matrix[i][j]
        self.P = P

    def sum_region(self, r1, c1, r2, c2):
        # Treats (r2, c2) as exclusive: drops the last row and column of the rectangle.
        P = self.P
        return P[r2][c2] - P[r1][c2] - P[r2][c1] + P[r1][c1]
