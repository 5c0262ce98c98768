from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.exact()
TIME_FACTOR = 10.0


def _lev(a, b):
    """Independent: one-row Levenshtein."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _word(rng, n, alphabet):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), n))


def cases(rng):
    yield Case("hand_worked", ("horse", "ros"), expected=3)
    yield Case("intention_execution", ("intention", "execution"), expected=5)
    yield Case("empty_to_word", ("", "abc"), expected=3,
               guards="the first row is dp[0][j] = j (insert everything), not 0")
    yield Case("word_to_empty", ("abcd", ""), expected=4,
               guards="the first column is dp[i][0] = i (delete everything)")
    yield Case("both_empty", ("", ""), expected=0)
    yield Case("identical", ("transformer", "transformer"), expected=0)
    yield Case("single_replace", ("kitten", "sitten"), expected=1,
               guards="a replacement costs 1, not a delete plus an insert")
    yield Case("all_replaced", ("abc", "xyz"), expected=3)
    yield Case("kitten_sitting", ("kitten", "sitting"), expected=3)
    yield Case("case_sensitive", ("Apple", "apple"), expected=1)
    yield Case("chinese", ("大模型推理", "大模型训练"), expected=2)
    for i in range(6):
        a = _word(rng, int(rng.integers(0, 25)), "abcd")
        b = _word(rng, int(rng.integers(0, 25)), "abcd")
        yield Case(f"random_{i}", (a, b), expected=_lev(a, b))
    a, b = _word(rng, 200, "abcdefgh"), _word(rng, 200, "abcdefgh")
    yield Case("large_200x200", (a, b), expected=_lev(a, b), timed=True,
               guards="O(m·n) table: plain recursion without memo is exponential")
