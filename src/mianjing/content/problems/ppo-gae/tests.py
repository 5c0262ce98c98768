import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-12)
TIME_FACTOR = 8.0


def gae_by_sums(rewards, values, dones, gamma, lam):
    """Independent O(T * episode) form: A_t = sum_k (gamma lam)^k delta_{t+k}, within an episode."""
    r = np.asarray(rewards, np.float64)
    v = np.asarray(values, np.float64)
    d = np.asarray(dones, np.float64)
    T = r.shape[0]
    delta = r + gamma * (1 - d) * v[1:] - v[:-1]
    adv = np.zeros_like(r)
    for t in range(T):
        weight = np.ones_like(r[0])
        for k in range(t, T):
            adv[t] += weight * delta[k]
            weight = weight * gamma * lam * (1 - d[k])
    return adv, adv + v[:-1]


def ppo_numpy(logp_new, logp_old, adv, eps):
    ratio = np.exp(logp_new - logp_old)
    return float(-np.mean(np.minimum(ratio * adv, np.clip(ratio, 1 - eps, 1 + eps) * adv)))


def _gae_case(name, rewards, values, dones, gamma, lam, guards=""):
    return Case(name, (rewards, values, dones, gamma, lam),
                expected=gae_by_sums(rewards, values, dones, gamma, lam), guards=guards)


def cases(rng):
    r = np.array([1.0, 0.0, 2.0])
    v = np.array([0.5, 1.0, 0.2, 0.8])
    yield Case("hand_worked_episode_ends", (r, v, np.array([0.0, 0.0, 1.0]), 0.9, 0.8),
               expected=(np.array([1.74272, 0.476, 1.8]), np.array([2.24272, 1.476, 2.0])),
               guards="done at the last step: no bootstrap from values[T]")
    yield Case("hand_worked_bootstrap", (r, v, np.array([0.0, 0.0, 0.0]), 0.9, 0.8),
               expected=(np.array([2.115968, 0.9944, 2.52]), np.array([2.615968, 1.9944, 2.72])),
               guards="a truncated rollout bootstraps the last step from values[T]")
    yield _gae_case("lambda_one_is_monte_carlo_minus_v", r, v, np.zeros(3), 0.9, 1.0)
    yield _gae_case("lambda_zero_is_td_error", r, v, np.zeros(3), 0.9, 0.0,
                    guards="lambda multiplies the recursion: lam = 0 leaves the one-step TD error")

    T = 40
    rewards = rng.standard_normal(T)
    values = rng.standard_normal(T + 1)
    dones = (rng.random(T) < 0.15).astype(np.float64)
    dones[[9, 10]] = 1.0
    yield _gae_case("episode_boundaries_inside_rollout", rewards, values, dones, 0.99, 0.95,
                    guards="a done cuts both the bootstrap V(s_{t+1}) and the recursion "
                           "A_{t+1}: the next episode's values must not leak back")
    yield _gae_case("bool_dones", rewards, values, dones.astype(bool), 0.97, 0.9,
                    guards="dones may be a bool array")

    Tn, N = 25, 4
    rn, vn = rng.standard_normal((Tn, N)), rng.standard_normal((Tn + 1, N))
    dn = (rng.random((Tn, N)) < 0.1).astype(np.float64)
    yield _gae_case("parallel_envs_time_major", rn, vn, dn, 0.99, 0.95,
                    guards="(T, N) inputs: the recursion runs along time (axis 0), per env")
    for i in range(2):
        Ti = int(rng.integers(5, 60))
        yield _gae_case(f"random_{i}", rng.standard_normal(Ti) * 3, rng.standard_normal(Ti + 1),
                        rng.random(Ti) < 0.1, float(rng.uniform(0.9, 1.0)),
                        float(rng.uniform(0.5, 1.0)))

    T_big = 100_000
    yield Case("long_rollout_linear_time",
               (Generated("normal", (T_big,), seed=1), Generated("normal", (T_big + 1,), seed=2),
                Generated("full", (T_big,), params={"value": 0.0}), 0.99, 0.95),
               timed=True, digest=True,
               guards="one backward pass over time, O(T), not a discounted sum per step O(T^2)")

    new = np.log(np.array([0.8, 0.3, 0.6]))
    old = np.log(np.array([0.5, 0.5, 0.5]))
    adv = np.array([1.0, -1.0, 2.0])
    yield Case("ppo_hand_worked", (new, old, adv, 0.2), call="ppo_clip_loss",
               expected=-(1.2 - 0.8 + 2.4) / 3,
               guards="loss = -mean(min(r A, clip(r) A)): the pessimistic (min) term, negated")
    ratio_big = np.log(np.array([3.0, 0.2, 1.05, 0.5]))
    adv2 = np.array([-1.0, 1.0, 0.5, -2.0])
    yield Case("ppo_ratio_outside_clip_range", (ratio_big, np.zeros(4), adv2, 0.2),
               call="ppo_clip_loss", expected=ppo_numpy(ratio_big, np.zeros(4), adv2, 0.2),
               guards="with A < 0 and r > 1 + eps the unclipped term is the minimum: clipping "
                      "alone (without the min) is wrong")
    for i in range(3):
        n = int(rng.integers(20, 200))
        lo = rng.standard_normal(n) - 2.0
        ln = lo + rng.standard_normal(n) * 0.3
        a = rng.standard_normal(n) * 2 + 0.5
        eps = float(rng.choice([0.1, 0.2, 0.3]))
        yield Case(f"ppo_random_{i}", (ln, lo, a, eps), call="ppo_clip_loss",
                   expected=ppo_numpy(ln, lo, a, eps),
                   guards="ratio = exp(logp_new - logp_old); advantages used as given "
                          "(no normalisation inside the loss)")
