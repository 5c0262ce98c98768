import numpy as np


def compute_gae(rewards, values, dones, gamma, lam):
    r = np.asarray(rewards, dtype=np.float64)
    v = np.asarray(values, dtype=np.float64)
    not_done = 1.0 - np.asarray(dones, dtype=np.float64)
    T = r.shape[0]
    delta = r + gamma * not_done * v[1:] - v[:-1]
    adv = np.zeros_like(r)
    for t in range(T):
        # weights (gamma lam)^k, zeroed after the first done
        w = np.cumprod(np.concatenate([np.ones_like(r[:1]), gamma * lam * not_done[t:T - 1]]),
                       axis=0)
        adv[t] = np.sum(w * delta[t:], axis=0)
    return adv, adv + v[:T]


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps):
    ratio = np.exp(np.asarray(logp_new) - np.asarray(logp_old))
    surr1 = ratio * advantages
    surr2 = np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * advantages
    return float(-np.mean(np.minimum(surr1, surr2)))
