class NumMatrix:
    def __init__(self, matrix: list[list[int]]):
        # P[i][j] = sum of the top-left i x j block; row 0 and column 0 are zeros.
        m = len(matrix)
        n = len(matrix[0]) if m else 0
        P = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(m):
            for j in range(n):
                P[i + 1][j + 1] = P[i][j + 1] + P[i + 1][j] - P[i][j] + matrix[i][j]
        self.P = P

    def sum_region(self, r1: int, c1: int, r2: int, c2: int) -> int:
        # Inclusion-exclusion: whole block minus the strip above and the strip to the left,
        # plus the corner that was subtracted twice.
        P = self.P
        return P[r2 + 1][c2 + 1] - P[r1][c2 + 1] - P[r2 + 1][c1] + P[r1][c1]
