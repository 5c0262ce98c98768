import math

import numpy as np

EPS = 1e-12


def cross_entropy(logits, labels):
    total = 0.0
    for row, y in zip(logits, labels):
        m = max(row)
        lse = m + math.log(sum(math.exp(v - m) for v in row))
        total += lse - row[y]
    return total / len(labels)


def binary_cross_entropy(probs, targets):
    total = 0.0
    flat_p, flat_t = probs.ravel(), targets.ravel()
    for p, t in zip(flat_p, flat_t):
        p = min(max(float(p), EPS), 1 - EPS)
        total -= t * math.log(p) + (1 - t) * math.log(1 - p)
    return total / flat_p.size
