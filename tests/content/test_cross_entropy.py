"""The cross-entropy reference agrees with torch's F.cross_entropy / F.binary_cross_entropy."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/cross-entropy"


def _reference():
    spec = importlib.util.spec_from_file_location("cross_entropy_solution",
                                                  PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("n,c,scale", [(4, 3, 1.0), (16, 10, 5.0), (3, 5, 600.0), (1, 1, 1.0)])
def test_cross_entropy_matches_torch(n, c, scale):
    rng = np.random.default_rng(n * c)
    logits, labels = rng.standard_normal((n, c)) * scale, rng.integers(0, c, n)
    expected = torch.nn.functional.cross_entropy(torch.from_numpy(logits),
                                                 torch.from_numpy(labels)).item()
    assert _reference().cross_entropy(logits, labels) == pytest.approx(expected, rel=1e-10,
                                                                       abs=1e-12)


@pytest.mark.parametrize("shape,soft", [((7,), False), ((3, 4), True), ((2, 2, 5), False)])
def test_binary_cross_entropy_matches_torch_on_clipped_probs(shape, soft):
    rng = np.random.default_rng(sum(shape))
    probs = rng.uniform(0, 1, shape)
    probs.flat[0], probs.flat[-1] = 0.0, 1.0          # exercised through the stated clipping
    targets = rng.uniform(0, 1, shape) if soft else rng.integers(0, 2, shape).astype(float)
    clipped = torch.from_numpy(np.clip(probs, 1e-12, 1 - 1e-12))
    expected = torch.nn.functional.binary_cross_entropy(clipped, torch.from_numpy(targets))
    got = _reference().binary_cross_entropy(probs, targets)
    assert got == pytest.approx(expected.item(), rel=1e-10)
