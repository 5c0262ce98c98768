class NumMatrix:
    def __init__(self, matrix):
        self.matrix = matrix

    def sum_region(self, r1, c1, r2, c2):
        return sum(sum(row[c1:c2 + 1]) for row in self.matrix[r1:r2 + 1])
