class NumMatrix:
    def __init__(self, matrix):
        # One-dimensional prefix sums per row: a query still loops over r2 - r1 + 1 rows.
        self.rows = []
        for row in matrix:
            p = [0]
            for v in row:
                p.append(p[-1] + v)
            self.rows.append(p)

    def sum_region(self, r1, c1, r2, c2):
        total = 0
        for r in range(r1, r2 + 1):
            total += self.rows[r][c2 + 1] - self.rows[r][c1]
        return total
