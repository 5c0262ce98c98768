import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-7, atol=1e-9)
TIME_FACTOR = 8.0


def _initial(c):
    return {"gamma": np.ones(c), "beta": np.zeros(c), "running_mean": np.zeros(c),
            "running_var": np.ones(c)}


def _torch_semantics(c, steps, momentum=0.1, eps=1e-5, gamma=None, beta=None):
    """Independent NumPy statement of torch.nn.BatchNorm1d, written out step by step."""
    g = np.ones(c) if gamma is None else gamma
    b = np.zeros(c) if beta is None else beta
    rm, rv = np.zeros(c), np.ones(c)
    outs, means, variances = [], [], []
    for x, training in steps:
        xc = np.moveaxis(x, 1, -1).reshape(-1, c)          # (N * L, C)
        if training:
            n = xc.shape[0]
            mu = xc.sum(axis=0) / n
            biased = ((xc - mu) ** 2).sum(axis=0) / n
            unbiased = ((xc - mu) ** 2).sum(axis=0) / (n - 1)
            rm = (1 - momentum) * rm + momentum * mu
            rv = (1 - momentum) * rv + momentum * unbiased
            use_mu, use_var = mu, biased
        else:
            use_mu, use_var = rm, rv
        y = g * (xc - use_mu) / np.sqrt(use_var + eps) + b
        outs.append(np.moveaxis(y.reshape(np.moveaxis(x, 1, -1).shape), -1, 1))
        means.append(rm.copy())
        variances.append(rv.copy())
    return {"initial": _initial(c), "outputs": outs, "running_mean": means,
            "running_var": variances}


def _run(name, c, steps, guards="", **kw):
    return Case(name, (c, steps), kw, probe="run", guards=guards,
                expected=_torch_semantics(c, steps, **kw))


def cases(rng):
    # Hand-worked: x = [1, 3] -> mean 2, biased var 1 (normalise), unbiased var 2 (running).
    hand_steps = [(np.array([[1.0], [3.0]]), True), (np.array([[2.2]]), False)]
    yield Case("hand_worked", (1, hand_steps), {"eps": 0.0}, probe="run", expected={
        "initial": _initial(1),
        "outputs": [np.array([[-1.0], [1.0]]), np.array([[2.0 / np.sqrt(1.1)]])],
        "running_mean": [np.array([0.2]), np.array([0.2])],
        "running_var": [np.array([1.1]), np.array([1.1])],
    }, guards="running_var = 0.9 * 1 + 0.1 * 2: the unbiased batch variance; eval uses "
              "running statistics")

    c = 4
    steps = [(rng.standard_normal((8, c)) * 2 + 1, True) for _ in range(3)]
    steps.append((rng.standard_normal((5, c)), False))
    gamma, beta = rng.standard_normal(c), rng.standard_normal(c)
    yield _run("random_train_then_eval", c, steps, gamma=gamma, beta=beta,
               guards="gamma/beta applied per channel; statistics per channel over the batch")

    small = [(rng.standard_normal((2, 3)) * 3, True), (rng.standard_normal((3, 3)), True)]
    yield _run("batch_of_two_unbiased_running_var", 3, small,
               guards="running_var is updated with the unbiased variance (n / (n - 1)), "
                      "while the batch itself is normalised with the biased one")

    mom_steps = [(rng.standard_normal((6, 2)) + 5, True) for _ in range(4)]
    yield _run("momentum_direction", 2, mom_steps, momentum=0.3,
               guards="running = (1 - momentum) * running + momentum * batch_stat, "
                      "not the Keras-style reversed weighting")

    seq = [(rng.standard_normal((3, 4, 5)) * 2 - 1, True), (rng.standard_normal((3, 4, 5)), True),
           (rng.standard_normal((2, 4, 7)), False)]
    yield _run("three_d_input_stats_over_n_and_l", 4, seq, gamma=rng.standard_normal(4),
               beta=rng.standard_normal(4),
               guards="(N, C, L) input: statistics over axes (0, 2), n = N * L in the "
                      "unbiased correction")

    before = [(rng.standard_normal((4, 3)) * 10, False), (rng.standard_normal((4, 3)), False)]
    yield _run("eval_before_training", 3, before,
               guards="eval mode uses running_mean = 0, running_var = 1 and never updates them")

    single = [(rng.standard_normal((16, 3)), True), (rng.standard_normal((1, 3)) * 4, False)]
    yield _run("eval_single_sample", 3, single,
               guards="eval mode must not compute statistics from the (one-sample) batch")

    const = np.tile(np.array([[2.0, -1.0, 7.0]]), (5, 1))
    const[:, 0] = rng.standard_normal(5)
    yield _run("constant_channel", 3, [(const, True)], beta=np.array([0.0, 0.5, -2.0]),
               guards="a channel with zero variance: eps inside the square root keeps it "
                      "finite and the output equals beta")

    yield Case("large_input_vectorised", (Generated("normal", (64, 32, 256), seed=11),),
               probe="train_then_eval", timed=True, digest=True,
               guards="vectorised NumPy, no Python loops over samples or positions")
