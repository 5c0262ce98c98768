import numpy as np


def _state(bn):
    return {name: np.array(getattr(bn, name), dtype=np.float64)
            for name in ("gamma", "beta", "running_mean", "running_var")}


def probe_run(sub, num_features, steps, momentum=0.1, eps=1e-5, gamma=None, beta=None):
    """Build the layer, optionally load gamma/beta, run (x, training) steps in order."""
    bn = sub.BatchNorm1d(num_features, momentum=momentum, eps=eps)
    initial = _state(bn)
    if gamma is not None:
        bn.gamma = gamma.copy()
    if beta is not None:
        bn.beta = beta.copy()
    outputs, means, variances = [], [], []
    for x, training in steps:
        outputs.append(bn.forward(x.copy(), training))
        means.append(np.array(bn.running_mean, dtype=np.float64))
        variances.append(np.array(bn.running_var, dtype=np.float64))
    return {"initial": initial, "outputs": outputs, "running_mean": means,
            "running_var": variances}


def probe_train_then_eval(sub, x):
    """One training step on x, then eval on x; both outputs stacked (for large inputs)."""
    bn = sub.BatchNorm1d(x.shape[1])
    return np.stack([bn.forward(x, True), bn.forward(x, False)])
