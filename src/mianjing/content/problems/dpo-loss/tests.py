import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-12)
COMPARE_F32 = checkers.allclose(rtol=1e-5, atol=1e-6)


def _softplus(x):
    return np.logaddexp(0.0, x)


def dpo_numpy(pc, pr, rc, rr, beta):
    """-log sigmoid(z) = softplus(-z), z = beta * ((pc - rc) - (pr - rr))."""
    cr, rj = beta * (pc - rc), beta * (pr - rr)
    return np.mean(_softplus(-(cr - rj))), cr, rj


def expected_forward(pc, pr, rc, rr, beta):
    loss, cr, rj = dpo_numpy(pc, pr, rc, rr, beta)
    return (tensor(np.asarray(loss, dtype=pc.dtype)), tensor(cr.astype(pc.dtype)),
            tensor(rj.astype(pc.dtype)))


def expected_backward(pc, pr, rc, rr, beta):
    loss, cr, rj = dpo_numpy(pc, pr, rc, rr, beta)
    z = cr - rj
    s = np.exp(-_softplus(z))                     # sigmoid(-z), computed without overflow
    n = len(pc)
    return {"loss": tensor(np.asarray(loss)), "grad_pi_chosen": tensor(-beta * s / n),
            "grad_pi_rejected": tensor(beta * s / n), "rewards_require_grad": False}


def _inputs(rng, b, scale=1.0, dtype=np.float64):
    base = -rng.uniform(20, 200, (4, b))
    shift = rng.standard_normal((4, b)) * scale
    return tuple((base[i] + shift[i]).astype(dtype) for i in range(4))


def cases(rng):
    pc, pr = np.array([-10.0, -5.0]), np.array([-12.0, -4.0])
    rc, rr = np.array([-11.0, -5.0]), np.array([-11.0, -5.0])
    yield Case("hand_worked", (pc, pr, rc, rr, 0.1),
               expected=(tensor(np.float64(0.6712677647275813)), tensor(np.array([0.1, 0.0])),
                         tensor(np.array([-0.1, 0.1]))),
               guards="loss = -mean(logsigmoid(beta((pi_c - ref_c) - (pi_r - ref_r)))); "
                      "rewards = beta (pi - ref)")
    for i, (b, beta) in enumerate([(8, 0.1), (32, 0.5)]):
        args = _inputs(rng, b, scale=3.0)
        yield Case(f"random_{i}", (*args, beta), expected=expected_forward(*args, beta),
                   guards="the reference model's log-probs enter both log-ratios")
    args32 = _inputs(rng, 16, scale=2.0, dtype=np.float32)
    yield Case("float32_inputs", (*args32, 0.2), expected=expected_forward(*args32, 0.2),
               check=COMPARE_F32)

    # Huge margins: beta * margin = -/+ 2000. log(sigmoid(-2000)) = log(0) = -inf.
    pc = np.array([-500.0, -9000.0, -100.0])
    pr = np.array([-8500.0, -500.0, -101.0])
    rc = np.array([-400.0, -600.0, -100.0])
    rr = np.array([-400.0, -600.0, -100.0])
    yield Case("huge_margins_stable", (pc, pr, rc, rr, 0.25),
               expected=expected_forward(pc, pr, rc, rr, 0.25),
               guards="-log(sigmoid(z)) overflows to inf for z = -2000: use F.logsigmoid "
                      "(or softplus(-z))")
    yield Case("huge_margins_gradient", (pc, pr, rc, rr, 0.25), probe="backward",
               expected=expected_backward(pc, pr, rc, rr, 0.25),
               guards="finite gradients -beta * sigmoid(-z) / B even when sigmoid(z) underflows")
    args = _inputs(rng, 10, scale=2.0)
    yield Case("gradients_and_detached_rewards", (*args, 0.3), probe="backward",
               expected=expected_backward(*args, 0.3),
               guards="loss is the batch MEAN; returned rewards are detached (no grad)")
