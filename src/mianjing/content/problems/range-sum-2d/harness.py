def probe_queries(sub, matrix, queries):
    """Build NumMatrix once, answer every (r1, c1, r2, c2) in order."""
    nm = sub.NumMatrix(matrix)
    return [nm.sum_region(r1, c1, r2, c2) for r1, c1, r2, c2 in queries]


def probe_random_queries(sub, matrix, corners):
    """Like probe_queries; each row (a, b, c, d) of raw numbers names the rectangle with
    opposite corners (a mod m, b mod n) and (c mod m, d mod n)."""
    m, n = len(matrix), len(matrix[0])
    queries = []
    for a, b, c, d in corners:
        a, b, c, d = a % m, b % n, c % m, d % n
        queries.append((min(a, c), min(b, d), max(a, c), max(b, d)))
    nm = sub.NumMatrix(matrix)
    return [nm.sum_region(r1, c1, r2, c2) for r1, c1, r2, c2 in queries]
