import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-12)
# advantages: where exactly eps enters (std + eps vs sqrt(var + eps)) is not the point
COMPARE_ADV = checkers.allclose(rtol=1e-6, atol=1e-6)


def advantages_numpy(rewards, eps=1e-8):
    r = np.asarray(rewards, dtype=np.float64)
    g = r.shape[-1]
    mean = r.sum(-1, keepdims=True) / g
    std = np.sqrt(((r - mean) ** 2).sum(-1, keepdims=True) / (g - 1))
    return (r - mean) / (std + eps)


def loss_numpy(new, old, ref, adv, eps, beta, mask=None):
    """Token loop written out: per response, mean over valid tokens; then mean over responses."""
    mask = np.ones_like(new) if mask is None else np.asarray(mask, dtype=np.float64)
    totals = []
    for i in range(new.shape[0]):
        acc, count = 0.0, 0.0
        for t in range(new.shape[1]):
            if mask[i, t] == 0:
                continue
            r = np.exp(new[i, t] - old[i, t])
            surr = min(r * adv[i], min(max(r, 1 - eps), 1 + eps) * adv[i])
            d = ref[i, t] - new[i, t]
            acc += surr - beta * (np.exp(d) - d - 1)
            count += 1
        totals.append(acc / count)
    return -float(np.mean(totals))


def _logps(rng, g, t, drift=0.2):
    old = -rng.uniform(0.05, 4.0, (g, t))
    new = old + rng.standard_normal((g, t)) * drift
    ref = old + rng.standard_normal((g, t)) * drift
    return new, old, ref


def cases(rng):
    yield Case("advantages_hand_worked", (np.array([1.0, 0.0, 0.0, 1.0]),),
               expected=np.array([0.5, -0.5, -0.5, 0.5]) / (np.sqrt(1 / 3) + 1e-8),
               check=COMPARE_ADV,
               guards="sample std (ddof = 1): std([1, 0, 0, 1]) = sqrt(1/3), not 0.5")
    yield Case("advantages_equal_rewards", (np.array([0.75, 0.75, 0.75, 0.75]),),
               expected=np.zeros(4), check=COMPARE_ADV,
               guards="a group with identical rewards has std 0: eps keeps it 0, not nan")
    batch = rng.integers(0, 2, (5, 8)).astype(np.float64)
    batch[2] = 1.0
    batch[3] += rng.standard_normal(8)
    yield Case("advantages_per_group_rows", (batch,), expected=advantages_numpy(batch),
               check=COMPARE_ADV,
               guards="(B, G): statistics per group (last axis), never over the whole batch")
    r = rng.standard_normal(16) * 3 + 2
    yield Case("advantages_custom_eps", (r,), {"eps": 0.5}, expected=advantages_numpy(r, 0.5),
               check=COMPARE_ADV, guards="eps is added to the standard deviation")

    new = np.log(np.array([[0.6, 0.5], [0.4, 0.3]]))
    old = np.log(np.full((2, 2), 0.5))
    ref = new.copy()
    ref[0, 0] = np.log(0.5)
    mask = np.array([[1, 1], [1, 0]])
    yield Case("loss_hand_worked", (new, old, ref, np.array([1.0, -1.0]), 0.2, 0.1, mask),
               call="grpo_loss", expected=-0.1496086277468177,
               guards="per token: min(r A, clip(r) A) - beta (exp(ref-new) - (ref-new) - 1); "
                      "mean over each response's valid tokens, then over responses; negated")

    g, t = 6, 12
    new, old, ref = _logps(rng, g, t)
    adv = advantages_numpy(rng.standard_normal(g))
    yield Case("loss_no_mask", (new, old, ref, adv, 0.2, 0.04), call="grpo_loss",
               expected=loss_numpy(new, old, ref, adv, 0.2, 0.04),
               guards="k3 KL uses ref - new (estimates KL(pi_new || pi_ref)) and is "
                      "subtracted from the objective")
    lengths = np.array([12, 3, 7, 12, 1, 5])
    mask = np.arange(t)[None, :] < lengths[:, None]
    new_m = np.where(mask, new, 0.0)
    yield Case("loss_variable_lengths", (new_m, old, ref, adv, 0.2, 0.04, mask),
               call="grpo_loss", expected=loss_numpy(new_m, old, ref, adv, 0.2, 0.04, mask),
               guards="padding masked out, and each response averaged over its own length "
                      "(not one mean over all tokens of the group)")
    new_far, old_far, ref_far = _logps(rng, g, t, drift=1.0)
    yield Case("loss_ratios_outside_clip", (new_far, old_far, ref_far, adv, 0.1, 0.0),
               call="grpo_loss", expected=loss_numpy(new_far, old_far, ref_far, adv, 0.1, 0.0),
               guards="the min of clipped and unclipped terms (clipping alone is wrong when "
                      "A < 0 and r > 1 + eps)")
    for i in range(2):
        g, t = int(rng.integers(4, 16)), int(rng.integers(5, 30))
        new, old, ref = _logps(rng, g, t, drift=0.5)
        adv = advantages_numpy(rng.standard_normal(g))
        mask = rng.random((g, t)) < 0.8
        mask[:, 0] = True
        yield Case(f"loss_random_{i}", (new, old, ref, adv, 0.2, 0.1, mask), call="grpo_loss",
                   expected=loss_numpy(new, old, ref, adv, 0.2, 0.1, mask))
