import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-5, atol=1e-6)
COMPARE_F64 = checkers.allclose(rtol=1e-10, atol=1e-12)


def ddim_numpy(x_t, eps, abar_t, abar_prev, eta=0.0, noise=None):
    """DDIM eq. (12) written out independently in NumPy (float64)."""
    abar_t, abar_prev = np.asarray(abar_t, np.float64), np.asarray(abar_prev, np.float64)
    x_t, eps = x_t.astype(np.float64), eps.astype(np.float64)
    x0 = (x_t - np.sqrt(1 - abar_t) * eps) / np.sqrt(abar_t)
    sigma = eta * np.sqrt((1 - abar_prev) / (1 - abar_t) * (1 - abar_t / abar_prev))
    out = np.sqrt(abar_prev) * x0 + np.sqrt(1 - abar_prev - sigma ** 2) * eps
    if noise is not None:
        out = out + sigma * noise
    return out


# noise is passed positionally: the torch runtime converts positional NumPy arguments to
# tensors, keyword arguments are passed through unchanged.


def _t(array, dtype):
    return tensor(np.asarray(array).astype(dtype))


def cases(rng):
    x, e = np.array([1.0]), np.array([0.5])
    yield Case("hand_worked_deterministic", (x, e, 0.64, 0.81),
               expected=tensor(np.array([0.9 * 0.875 + np.sqrt(0.19) * 0.5])),
               check=COMPARE_F64,
               guards="x0 = (x_t - sqrt(1 - abar_t) eps) / sqrt(abar_t); eta = 0 adds no noise")
    yield Case("hand_worked_eta_one", (x, e, 0.64, 0.81, 1.0, np.array([0.2])),
               expected=tensor(ddim_numpy(x, e, 0.64, 0.81, 1.0, np.array([0.2]))),
               check=COMPARE_F64,
               guards="sigma = eta sqrt((1-abar_prev)/(1-abar_t)) sqrt(1 - abar_t/abar_prev), "
                      "and the eps direction is scaled by sqrt(1 - abar_prev - sigma^2)")

    shape = (2, 3, 8, 8)
    for i, (abar_t, abar_prev, eta) in enumerate([(0.3, 0.45, 0.0), (0.05, 0.2, 0.5),
                                                   (0.7, 0.9, 1.0)]):
        x_t = rng.standard_normal(shape)
        eps = rng.standard_normal(shape)
        noise = rng.standard_normal(shape)
        args = (x_t, eps, abar_t, abar_prev) + ((eta, noise) if eta else ())
        yield Case(f"random_step_{i}", args,
                   expected=tensor(ddim_numpy(x_t, eps, abar_t, abar_prev, eta,
                                              noise if eta else None)),
                   check=COMPARE_F64,
                   guards="the stochastic term sigma * noise and the shrunken eps direction"
                   if eta else "")

    x0 = rng.standard_normal(shape)
    eps = rng.standard_normal(shape)
    abar_t, abar_prev = 0.25, 0.6
    x_t = np.sqrt(abar_t) * x0 + np.sqrt(1 - abar_t) * eps
    yield Case("exact_eps_lands_on_forward_marginal", (x_t, eps, abar_t, abar_prev),
               expected=tensor(np.sqrt(abar_prev) * x0 + np.sqrt(1 - abar_prev) * eps),
               check=COMPARE_F64,
               guards="with the true noise, eta = 0 must give sqrt(abar_prev) x0 + "
                      "sqrt(1 - abar_prev) eps")
    yield Case("last_step_returns_x0", (x_t, eps, abar_t, 1.0, 1.0, eps * 3),
               expected=tensor(x0), check=COMPARE_F64,
               guards="abar_prev = 1 (t = 0): sigma = 0 and the step returns the predicted x0")

    b = 4
    at = rng.uniform(0.1, 0.5, (b, 1, 1, 1))
    ap = at + rng.uniform(0.05, 0.4, (b, 1, 1, 1))
    xt, ep, nz = (rng.standard_normal((b, 2, 4, 4)) for _ in range(3))
    yield Case("per_sample_alpha_bar_tensors", (xt, ep, at, ap, 0.8, nz),
               expected=tensor(ddim_numpy(xt, ep, at, ap, 0.8, nz)), check=COMPARE_F64,
               guards="alpha_bar given as a (B, 1, 1, 1) tensor broadcasts per sample "
                      "(no math.sqrt on tensors)")

    x32 = rng.standard_normal((2, 4, 16, 16)).astype(np.float32)
    e32 = rng.standard_normal((2, 4, 16, 16)).astype(np.float32)
    yield Case("float32_stays_float32", (x32, e32, 0.5, 0.62),
               expected=_t(ddim_numpy(x32, e32, 0.5, 0.62), np.float32),
               guards="keeping the input dtype (float32 in, float32 out)")

    eu, ec = np.array([0.0, 1.0, -2.0]), np.array([1.0, 1.0, 0.0])
    yield Case("cfg_hand_worked", (eu, ec, 7.5), call="cfg_eps",
               expected=tensor(np.array([7.5, 1.0, 13.0])), check=COMPARE_F64,
               guards="convention eps_uncond + scale * (eps_cond - eps_uncond)")
    yield Case("cfg_scale_one_is_conditional", (eu, ec, 1.0), call="cfg_eps",
               expected=tensor(ec), check=COMPARE_F64)
    yield Case("cfg_scale_zero_is_unconditional", (eu, ec, 0.0), call="cfg_eps",
               expected=tensor(eu), check=COMPARE_F64)
    u, c = rng.standard_normal((2, 4, 8, 8)), rng.standard_normal((2, 4, 8, 8))
    yield Case("cfg_random", (u, c, 5.0), call="cfg_eps", expected=tensor(u + 5.0 * (c - u)),
               check=COMPARE_F64)
