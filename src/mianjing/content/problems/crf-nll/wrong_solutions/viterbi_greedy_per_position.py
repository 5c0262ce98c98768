import numpy as np


def logsumexp(a, axis):
    m = np.max(a, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)          # a column of all -inf stays -inf
    return np.squeeze(m, axis) + np.log(np.sum(np.exp(a - m), axis=axis))


def crf_nll(emissions, tags, transitions, start, end):
    L = emissions.shape[0]
    # score of the gold path
    score = start[tags[0]] + emissions[0, tags[0]] + end[tags[-1]]
    for t in range(1, L):
        score += transitions[tags[t - 1], tags[t]] + emissions[t, tags[t]]
    # forward algorithm: alpha[j] = log Σ over paths ending in tag j
    alpha = start + emissions[0]                                        # (T,)
    for t in range(1, L):
        alpha = logsumexp(alpha[:, None] + transitions, axis=0) + emissions[t]
    log_z = logsumexp(alpha + end, axis=0)
    return float(log_z - score)


def viterbi_decode(emissions, transitions, start, end):
    path = [int(j) for j in emissions.argmax(axis=1)]
    score = start[path[0]] + end[path[-1]] + sum(emissions[t, y] for t, y in enumerate(path))
    score += sum(transitions[a, b] for a, b in zip(path[:-1], path[1:]))
    return path, float(score)
