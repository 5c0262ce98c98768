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
        alpha = np.max(alpha[:, None] + transitions, axis=0) + emissions[t]
    log_z = np.max(alpha + end)
    return float(log_z - score)


def viterbi_decode(emissions, transitions, start, end):
    L = emissions.shape[0]
    delta = start + emissions[0]                                        # (T,)
    back = []
    for t in range(1, L):
        cand = delta[:, None] + transitions                             # (T_prev, T)
        back.append(cand.argmax(axis=0))
        delta = cand.max(axis=0) + emissions[t]
    delta = delta + end
    path = [int(delta.argmax())]
    for bp in reversed(back):
        path.append(int(bp[path[-1]]))
    return path[::-1], float(delta.max())
