import itertools

import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.allclose(rtol=1e-8, atol=1e-7, dtype="any")


def _path_score(path, emissions, transitions, start, end):
    s = start[path[0]] + end[path[-1]] + sum(emissions[t, y] for t, y in enumerate(path))
    return s + sum(transitions[a, b] for a, b in itertools.pairwise(path))


def _brute_force(emissions, transitions, start, end):
    """All T^L paths: (log Z, best path, best score)."""
    L, T = emissions.shape
    paths = list(itertools.product(range(T), repeat=L))
    scores = np.array([_path_score(p, emissions, transitions, start, end) for p in paths])
    m = scores.max()
    best = int(scores.argmax())
    return float(m + np.log(np.exp(scores - m).sum())), list(paths[best]), float(m)


def _nll_expected(emissions, tags, transitions, start, end):
    log_z, _, _ = _brute_force(emissions, transitions, start, end)
    return log_z - float(_path_score(list(tags), emissions, transitions, start, end))


def decoded(got, expected, case):
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        raise checkers.Mismatch(f"expected (path, score), got {type(got).__name__}")
    path, score = got
    try:
        path = [int(v) for v in np.asarray(path).reshape(-1).tolist()]
    except (TypeError, ValueError) as exc:
        raise checkers.Mismatch(f"path must be a sequence of ints: {exc}") from exc
    want = [int(v) for v in expected[0]]
    if len(path) != len(want):
        raise checkers.Mismatch(f"path has length {len(path)}, expected {len(want)}")
    if path != want:
        t = next(i for i, (a, b) in enumerate(zip(path, want, strict=True)) if a != b)
        shown = "" if len(want) > 12 else f": got {path}, expected {want}"
        raise checkers.Mismatch(f"path differs first at position {t} (got tag {path[t]}, "
                                f"expected {want[t]}){shown}")
    checkers.allclose(rtol=1e-8, atol=1e-7, dtype="any")(score, expected[1])


def _crf(rng, L, T, scale=1.0):
    return (rng.standard_normal((L, T)) * scale, rng.standard_normal((T, T)) * scale,
            rng.standard_normal(T) * scale, rng.standard_normal(T) * scale)


def cases(rng):
    em = np.array([[1.0, 0.0], [0.0, 1.0]])
    tr = np.array([[0.5, 0.0], [0.0, 0.0]])
    zero = np.zeros(2)
    log_z = np.log(np.exp(1.5) + np.exp(2.0) + np.exp(0.0) + np.exp(1.0))
    yield Case("hand_worked_nll", (em, np.array([0, 1]), tr, zero, zero),
               expected=float(log_z - 2.0),
               guards="NLL = log Z − score(gold); log Z sums over all T^L paths")
    yield Case("hand_worked_viterbi", (em, tr, zero, zero), call="viterbi_decode",
               expected=([0, 1], 2.0), check=decoded)
    for L, T in [(1, 3), (3, 2), (4, 3), (5, 4), (6, 3)]:
        emissions, transitions, start, end = _crf(rng, L, T)
        tags = rng.integers(0, T, L)
        yield Case(f"brute_force_nll_L{L}_T{T}", (emissions, tags, transitions, start, end),
                   expected=_nll_expected(emissions, tags, transitions, start, end),
                   guards="transitions[i, j] scores tag i followed by tag j; start and end "
                          "scores count once")
        log_z, best, best_score = _brute_force(emissions, transitions, start, end)
        yield Case(f"brute_force_viterbi_L{L}_T{T}", (emissions, transitions, start, end),
                   call="viterbi_decode", expected=(best, best_score), check=decoded,
                   guards="argmax over whole paths (with transitions and end scores), "
                          "not per position")
    # Asymmetric transitions and a strong end preference.
    emissions, transitions, start, _ = _crf(rng, 5, 3)
    end = np.array([4.0, -4.0, 0.0])
    tags = rng.integers(0, 3, 5)
    yield Case("end_scores_matter", (emissions, tags, transitions, start, end),
               expected=_nll_expected(emissions, tags, transitions, start, end),
               guards="end[y_last] is added to every path, in log Z and in the gold score")
    yield Case("end_scores_matter_viterbi", (emissions, transitions, start, end),
               call="viterbi_decode", expected=_brute_force(emissions, transitions, start, end)[1:],
               check=decoded, guards="the last tag is argmax(delta + end)")
    # BIO constraints: O=0, B=1, I=2; O->I and start->I are impossible (-inf).
    emissions = rng.standard_normal((5, 3))
    transitions = rng.standard_normal((3, 3))
    transitions[0, 2] = -np.inf
    start = np.array([0.0, 0.0, -np.inf])
    end = np.zeros(3)
    tags = np.array([1, 2, 2, 0, 1])
    yield Case("bio_constraints_minus_inf", (emissions, tags, transitions, start, end),
               expected=_nll_expected(emissions, tags, transitions, start, end),
               guards="-inf transitions (forbidden tag pairs) must not produce nan")
    yield Case("bio_constraints_viterbi", (emissions, transitions, start, end),
               call="viterbi_decode",
               expected=_brute_force(emissions, transitions, start, end)[1:], check=decoded)
    emissions, transitions, start, end = _crf(rng, 4, 3, scale=400.0)
    tags = rng.integers(0, 3, 4)
    yield Case("large_scores", (emissions, tags, transitions, start, end),
               expected=_nll_expected(emissions, tags, transitions, start, end),
               guards="log-space forward with logsumexp: exp(1000) overflows")
    emissions, transitions, start, end = _crf(rng, 1000, 5)
    tags = rng.integers(0, 5, 1000)
    yield Case("long_sequence_1000", (emissions, tags, transitions, start, end), show_input=False,
               guards="probabilities multiplied over 1000 steps overflow; stay in log space")
    yield Case("long_sequence_1000_viterbi", (emissions, transitions, start, end),
               call="viterbi_decode", check=decoded, show_input=False,
               guards="backtracking through all 999 back-pointers")
    emissions, transitions, start, end = _crf(rng, 40, 6)
    yield Case("length_40_polynomial_time", (emissions, rng.integers(0, 6, 40), transitions,
                                             start, end),
               timed=True, show_input=False,
               guards="the forward algorithm is O(L·T²); enumerating 6^40 paths never ends")
