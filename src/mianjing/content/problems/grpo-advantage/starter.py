import numpy as np


def grpo_advantages(rewards, eps=1e-8):
    """(r - mean) / (std + eps) within each group (last axis), sample std (ddof=1); float64."""
    raise NotImplementedError


def grpo_loss(logp_new, logp_old, logp_ref, advantages, clip_eps, beta, mask=None):
    """Negated GRPO objective: clipped surrogate minus beta * k3 KL per token, averaged over
    each response's valid tokens, then over responses. Returns a Python float."""
    raise NotImplementedError
