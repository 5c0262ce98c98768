"""The simple-cnn reference has the stated architecture and overfits with a safe margin."""

import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/simple-cnn"


def _load(name):
    spec = importlib.util.spec_from_file_location(f"simple_cnn_{name}", PROBLEM / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_matches_stated_shapes_and_count():
    ref, tests, harness = _load("solution"), _load("tests"), _load("harness")
    for k in (10, 3):
        assert harness.probe_parameter_count(ref, k) == tests._param_count(k)
        assert harness.probe_parameter_shapes(ref, k) == tests._shapes(k)
    assert tests._param_count(10) == 52138
    assert harness.probe_output_shape(ref, 10, 2) == [2, 10]


def test_reference_matches_an_independent_sequential_model():
    ref = _load("solution")
    model = ref.SimpleCNN(10)
    nn = torch.nn
    seq = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                        nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                        nn.Flatten(), nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 10))
    with torch.no_grad():
        for i, name in [(0, "conv1"), (3, "conv2"), (7, "fc1"), (9, "fc2")]:
            seq[i].weight.copy_(getattr(model, name).weight)
            seq[i].bias.copy_(getattr(model, name).bias)
        x = torch.randn(4, 1, 28, 28)
        torch.testing.assert_close(model(x), seq(x))


@pytest.mark.parametrize("seed", [0, 2])
def test_reference_overfits_well_below_the_threshold(seed):
    ref, tests, harness = _load("solution"), _load("tests"), _load("harness")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)            # as in the sandbox
    try:
        got = harness.probe_overfit(ref, seed, 40, 3e-3)
    finally:
        torch.set_num_threads(threads)
    assert got["last"] < tests.OVERFIT_BELOW / 5
