import numpy as np


def compute_gae(rewards, values, dones, gamma, lam):
    """GAE(gamma, lambda) along axis 0. values has one more (bootstrap) row than rewards.

    Returns (advantages, returns), both shaped like rewards, float64; returns = advantages + V.
    """
    raise NotImplementedError


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps):
    """-mean(min(r * A, clip(r, 1 - eps, 1 + eps) * A)) with r = exp(logp_new - logp_old)."""
    raise NotImplementedError
