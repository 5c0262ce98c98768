from functools import cache


def is_scramble(s1: str, s2: str) -> bool:
    if len(s1) != len(s2):
        return False

    @cache
    def same(i: int, j: int, n: int) -> bool:
        # Can s1[i:i+n] be scrambled into s2[j:j+n]?
        a, b = s1[i:i + n], s2[j:j + n]
        if a == b:
            return True
        if sorted(a) != sorted(b):  # different letters: no split can help
            return False
        for k in range(1, n):
            # keep order: a[:k] -> b[:k], a[k:] -> b[k:]
            if same(i, j, k) and same(i + k, j + k, n - k):
                return True
            # swapped: a[:k] -> b[n-k:], a[k:] -> b[:n-k]
            if same(i, j + n - k, k) and same(i + k, j, n - k):
                return True
        return False

    return same(0, 0, len(s1))
