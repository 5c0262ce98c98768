import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.allclose(rtol=1e-4, atol=1e-5)
OVERFIT_BELOW = 0.05


def _param_count(num_classes):
    """conv1 8*1*3*3 + 8, conv2 16*8*3*3 + 16, fc1 784*64 + 64, fc2 64*K + K."""
    return (8 * 9 + 8) + (16 * 8 * 9 + 16) + (16 * 7 * 7 * 64 + 64) + (64 * num_classes
                                                                       + num_classes)


def _shapes(num_classes):
    return {"conv1.weight": [8, 1, 3, 3], "conv1.bias": [8],
            "conv2.weight": [16, 8, 3, 3], "conv2.bias": [16],
            "fc1.weight": [64, 784], "fc1.bias": [64],
            "fc2.weight": [num_classes, 64], "fc2.bias": [num_classes]}


def _overfits(got, expected, case):
    if not isinstance(got, dict) or set(got) != {"first", "last"}:
        raise checkers.Mismatch(f"training probe returned {got!r}")
    last = float(got["last"])
    if not np.isfinite(last) or last >= OVERFIT_BELOW:
        raise checkers.Mismatch(
            f"after {case.args[1]} Adam steps (lr={case.args[2]}) on one fixed batch of 16 "
            f"images the cross-entropy is {last:.4f} (started at {float(got['first']):.4f}); "
            f"the model should memorise the batch, loss below {OVERFIT_BELOW}")


def cases(rng):
    yield Case("parameter_count_10_classes", (10,), probe="parameter_count",
               expected=52138, check=checkers.exact(),
               guards="80 + 1168 + 50240 + 650 parameters: padding=1 keeps 28 -> 14 -> 7, so "
                      "fc1 takes 16 * 7 * 7 = 784 inputs; layers must be registered submodules")
    yield Case("parameter_count_3_classes", (3,), probe="parameter_count",
               expected=_param_count(3), check=checkers.exact(),
               guards="num_classes sets the size of fc2")
    yield Case("parameter_names_and_shapes", (10,), probe="parameter_shapes",
               expected=_shapes(10), check=checkers.exact(),
               guards="layer names conv1, conv2, fc1, fc2 are part of the interface")
    yield Case("output_shape", (10, 5), probe="output_shape", expected=[5, 10],
               check=checkers.exact(), guards="logits of shape (N, num_classes)")
    yield Case("output_shape_single_image", (4, 1), probe="output_shape", expected=[1, 4],
               check=checkers.exact(), guards="flatten from dim 1, not squeeze: N = 1 works")
    for i in range(2):
        x = rng.standard_normal((3, 1, 28, 28)).astype(np.float32)
        yield Case(f"forward_fixed_weights_{i}", (10, x, 100 + i), probe="forward",
                   guards="conv -> ReLU -> max-pool twice, flatten in (C, H, W) order, "
                          "fc1 -> ReLU -> fc2, logits without softmax")
    yield Case("overfit_tiny_batch_seed0", (0, 40, 3e-3), probe="overfit", check=_overfits,
               guards="a correct model memorises 16 random-labelled images with Adam")
    yield Case("overfit_tiny_batch_seed2", (2, 40, 3e-3), probe="overfit", check=_overfits,
               guards="a correct model memorises 16 random-labelled images with Adam")
