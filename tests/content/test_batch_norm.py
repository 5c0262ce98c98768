"""The batch-norm reference agrees with torch.nn.BatchNorm1d (training, eval, running stats)."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/batch-norm"


def _reference():
    spec = importlib.util.spec_from_file_location("batch_norm_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("shape,momentum", [((8, 5), 0.1), ((2, 3), 0.3), ((4, 6, 7), 0.1),
                                            ((3, 2, 2), 0.5)])
def test_reference_matches_torch_batchnorm1d(shape, momentum):
    rng = np.random.default_rng(sum(shape))
    c = shape[1]
    ours = _reference().BatchNorm1d(c, momentum=momentum, eps=1e-5)
    theirs = torch.nn.BatchNorm1d(c, momentum=momentum, eps=1e-5).double()
    gamma, beta = rng.standard_normal(c), rng.standard_normal(c)
    ours.gamma, ours.beta = gamma.copy(), beta.copy()
    with torch.no_grad():
        theirs.weight.copy_(torch.from_numpy(gamma))
        theirs.bias.copy_(torch.from_numpy(beta))
    for step, training in enumerate([True, True, True, False, True, False]):
        x = rng.standard_normal(shape) * (step + 1) + step
        theirs.train(training)
        with torch.no_grad():
            expected = theirs(torch.from_numpy(x)).numpy()
        np.testing.assert_allclose(ours.forward(x, training), expected, rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(ours.running_mean, theirs.running_mean.numpy(), rtol=1e-12)
        np.testing.assert_allclose(ours.running_var, theirs.running_var.numpy(), rtol=1e-12)
