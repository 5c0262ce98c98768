from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.exact()
TIME_FACTOR = 10.0

WIDE = [chr(0x20000 + i) for i in range(120_000)]   # one string, 120000 distinct characters


def _brute(s):
    best = 0
    for i in range(len(s)):
        seen = set()
        for c in s[i:]:
            if c in seen:
                break
            seen.add(c)
        best = max(best, len(seen))
    return best


def cases(rng):
    yield Case("hand_worked", ("abcabcbb",), expected=3)
    yield Case("left_never_moves_back", ("abba",), expected=2,
               guards="the left edge only moves right: an old occurrence outside the window "
                      "must not pull it back")
    yield Case("substring_not_subsequence", ("pwwkew",), expected=3)
    yield Case("all_same", ("bbbbb",), expected=1)
    yield Case("empty", ("",), expected=0)
    yield Case("all_distinct", ("abcdef",), expected=6,
               guards="the window that reaches the end of the string counts (length i-left+1)")
    yield Case("single_space", (" ",), expected=1, guards="a space is a character too")
    yield Case("repeat_at_the_end", ("dvdf",), expected=3)
    yield Case("case_sensitive", ("aAbBaA",), expected=4)
    yield Case("tmmzuxt", ("tmmzuxt",), expected=5,
               guards="a character seen before the window starts does not shrink it")
    yield Case("chinese", ("面试面经手撕题",), expected=6)
    for i in range(6):
        n = int(rng.integers(1, 60))
        alphabet = "abcde" if i % 2 else "abcdefghij xyz"
        s = "".join(alphabet[int(j)] for j in rng.integers(0, len(alphabet), n))
        yield Case(f"random_{i}", (s,), expected=_brute(s))
    first = "".join(WIDE[int(j)] for j in rng.permutation(120_000))
    second = "".join(WIDE[int(j)] for j in rng.permutation(120_000)[:30_000])
    yield Case("large_long_windows", (first + second,), timed=True, show_input=False,
               guards="O(n): checking `c in s[left:i]` or re-scanning from every start is "
                      "O(n · window) with windows of 10^5 characters")
