import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-6, atol=1e-9)
COMPARE_F32 = checkers.allclose(rtol=1e-4, atol=1e-6)
TIME_FACTOR = 4.0


def cases(rng):
    yield Case("hand_worked", (np.array([1.0, 2.0, 3.0]),),
               expected=np.array([0.09003057317038046, 0.24472847105479764, 0.6652409557748219]))
    for i in range(4):
        x = rng.standard_normal((3 + i, 7)) * 3
        yield Case(f"random_2d_{i}", (x,))
    yield Case("axis_0", (rng.standard_normal((5, 4)),), {"axis": 0},
               guards="normalising along the requested axis, not always the last one")
    yield Case("negative_axis_4d", (rng.standard_normal((2, 3, 4, 5)),), {"axis": -2},
               guards="broadcasting the normaliser back with keepdims")
    yield Case("large_positive_logits", (np.array([[1000.0, 1001.0, 1002.0], [-5.0, 0.0, 800.0]]),),
               guards="overflow: exp(1000) is inf unless the max is subtracted first")
    yield Case("large_negative_logits", (np.array([[-1000.0, -1001.0, -999.0]]),),
               guards="underflow: every exp() becomes 0 and the sum 0 unless shifted")
    yield Case("one_hot_limit", (np.array([[0.0, 0.0, 1e4]]),),
               expected=np.array([[0.0, 0.0, 1.0]]))
    yield Case("single_element_axis", (rng.standard_normal((4, 1)),),
               expected=np.ones((4, 1)), guards="a softmax over one element is exactly 1")
    yield Case("ties", (np.full((2, 5), 3.5),), expected=np.full((2, 5), 0.2))
    x32 = (rng.standard_normal((6, 9)) * 20).astype(np.float32)
    yield Case("float32_in_float32_out", (x32,), check=COMPARE_F32,
               guards="keeping the input dtype instead of silently upcasting")
    yield Case("empty_batch", (np.zeros((0, 4)),))
    # Uniform logits build ~3x faster than normal ones in the sandbox; the guard only needs size.
    yield Case("large_input_vectorised", (Generated("uniform", (500, 512), seed=7,
                                                    params={"low": -8.0, "high": 8.0}),),
               timed=True, digest=True,
               guards="vectorised NumPy rather than Python loops over rows")
