import numpy as np


def grpo_advantages(rewards, eps=1e-8):
    r = np.asarray(rewards, dtype=np.float64)
    mean = r.mean(axis=-1, keepdims=True)
    std = r.std(axis=-1, ddof=1, keepdims=True)          # sample std, like torch.std
    return (r - mean) / (std + eps)


def grpo_loss(logp_new, logp_old, logp_ref, advantages, clip_eps, beta, mask=None):
    if mask is None:
        mask = np.ones_like(logp_new)
    mask = np.asarray(mask, dtype=np.float64)
    A = np.asarray(advantages, dtype=np.float64)[:, None]             # one value per response
    ratio = np.exp(logp_new - logp_old)
    surrogate = np.minimum(ratio * A, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * A)
    d = logp_new - logp_ref
    kl = np.exp(d) - d - 1                                              # k3 estimator, >= 0
    per_token = surrogate - beta * kl
    per_response = (per_token * mask).sum(axis=1) / mask.sum(axis=1)
    return float(-per_response.mean())
