import string

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.exact()


def scrambles(s, rng, depth=0):
    """A random scramble of s, following the definition (so the answer is True)."""
    if len(s) <= 1:
        return s
    k = int(rng.integers(1, len(s)))
    left, right = scrambles(s[:k], rng, depth + 1), scrambles(s[k:], rng, depth + 1)
    return right + left if rng.random() < 0.5 else left + right


def cases(rng):
    yield Case("hand_worked_true", ("night", "thnig"), expected=True)
    yield Case("hand_worked_false", ("abcd", "bdac"), expected=False,
               guards="same letters is not enough: 'bdac' is not reachable from 'abcd'")
    yield Case("single_letter", ("a", "a"), expected=True)
    yield Case("empty", ("", ""), expected=True)
    yield Case("different_letters", ("ab", "ac"), expected=False)
    yield Case("different_lengths", ("ab", "abc"), expected=False)
    yield Case("swap_at_top", ("abc", "bca"), expected=True,
               guards="the swapped split: s1[:k] matches the last k letters of s2")
    yield Case("swap_unequal_halves", ("spark", "rkspa"), expected=True,
               guards="swapped parts of different lengths (k != n - k)")
    yield Case("repeated_letters_false", ("aab", "bab"), expected=False)
    yield Case("repeated_letters_true", ("abb", "bba"), expected=True)
    letters = string.ascii_lowercase
    for i in range(6):
        n = int(rng.integers(4, 16))
        s = "".join(rng.choice(list(letters[:5]), n))
        yield Case(f"random_scramble_{i}", (s, scrambles(s, rng)), expected=True)
    for i in range(6):
        n = int(rng.integers(4, 12))
        s = "".join(rng.choice(list(letters[:4]), n))
        t = "".join(rng.permutation(list(s)))
        yield Case(f"random_anagram_{i}", (s, t))
    s = letters + "abcd"
    yield Case("length_30_scramble", (s, scrambles(s, rng)), expected=True)
    # The floor lets a full bottom-up O(n^4) interval DP through (about 1 s here).
    # Distinct letters with a 2413 pattern at one end: every split before the bad block passes
    # the letter-count test, so memo-less recursion branches at every level (about 2^n calls).
    for name, bad in (("bad_block_at_end", letters[:22] + "xzwy"),
                      ("bad_block_at_start", "bdac" + letters[4:])):
        yield Case(f"exponential_without_memo_{name}", (letters, bad), expected=False,
                   timed=True, time_floor_ms=3000.0, guards="memoise on (i, j, length): plain recursion is exponential")
