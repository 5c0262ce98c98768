import itertools

import numpy as np


def _score(path, emissions, transitions, start, end):
    s = start[path[0]] + end[path[-1]] + sum(emissions[t, y] for t, y in enumerate(path))
    return s + sum(transitions[a, b] for a, b in zip(path[:-1], path[1:]))


def crf_nll(emissions, tags, transitions, start, end):
    L, T = emissions.shape
    scores = np.array([_score(p, emissions, transitions, start, end)
                       for p in itertools.product(range(T), repeat=L)])
    m = scores.max()
    return float(m + np.log(np.exp(scores - m).sum()) - _score(list(tags), emissions, transitions, start, end))


def viterbi_decode(emissions, transitions, start, end):
    L, T = emissions.shape
    best = max(itertools.product(range(T), repeat=L),
               key=lambda p: _score(p, emissions, transitions, start, end))
    return list(best), float(_score(best, emissions, transitions, start, end))
