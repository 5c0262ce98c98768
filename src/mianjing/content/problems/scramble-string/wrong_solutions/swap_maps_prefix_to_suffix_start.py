from functools import cache, lru_cache


def is_scramble(s1, s2):
    if len(s1) != len(s2):
        return False

    @cache
    def same(i, j, n):
        a, b = s1[i:i + n], s2[j:j + n]
        if a == b:
            return True
        if sorted(a) != sorted(b):
            return False
        for k in range(1, n):
            if same(i, j, k) and same(i + k, j + k, n - k):
                return True
            # swapped case written as if both halves had length k
            if same(i, j + k, k) and same(i + k, j, n - k):
                return True
        return False

    return same(0, 0, len(s1))
