import numpy as np

EPS = 1e-12


def cross_entropy(logits: np.ndarray, labels: np.ndarray) -> float:
    # log_softmax = z - logsumexp(z), with z shifted by the row max so exp() never overflows
    z = logits - logits.max(axis=1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    n = logits.shape[0]
    return float(-log_probs[np.arange(n), labels].mean())


def binary_cross_entropy(probs: np.ndarray, targets: np.ndarray) -> float:
    p = np.clip(probs, EPS, 1 - EPS)
    return float(-np.mean(targets * np.log(p) + (1 - targets) * np.log(1 - p)))
