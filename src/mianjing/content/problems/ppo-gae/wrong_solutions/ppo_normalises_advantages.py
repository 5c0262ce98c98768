import numpy as np


def compute_gae(rewards, values, dones, gamma, lam):
    rewards = np.asarray(rewards, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    not_done = 1.0 - np.asarray(dones, dtype=np.float64)
    T = rewards.shape[0]
    advantages = np.zeros_like(rewards)
    next_adv = np.zeros_like(rewards[0])
    for t in reversed(range(T)):
        # a finished episode bootstraps nothing from values[t + 1] and passes nothing back
        delta = rewards[t] + gamma * not_done[t] * values[t + 1] - values[t]
        next_adv = delta + gamma * lam * not_done[t] * next_adv
        advantages[t] = next_adv
    return advantages, advantages + values[:T]


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps):
    ratio = np.exp(np.asarray(logp_new) - np.asarray(logp_old))
    advantages = (advantages - np.mean(advantages)) / (np.std(advantages) + 1e-8)
    surr1 = ratio * advantages
    surr2 = np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * advantages
    return float(-np.mean(np.minimum(surr1, surr2)))
