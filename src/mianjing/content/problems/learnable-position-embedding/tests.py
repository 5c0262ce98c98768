import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-6, atol=1e-6)


def _check_error(got, expected, case):
    if not isinstance(got, dict) or got.get("error") is None:
        raise checkers.Mismatch("a sequence longer than max_len was accepted without an error")
    if got["error"] not in ("ValueError", "IndexError"):
        raise checkers.Mismatch(f"raised {got['error']}, expected ValueError (or IndexError)")
    if not got["message_names_lengths"]:
        raise checkers.Mismatch("the error message must state the sequence length and max_len")


def _f32(rng, *shape):
    return rng.standard_normal(shape).astype(np.float32)


def cases(rng):
    table = np.array([[0, 0], [1, 1], [2, 2], [3, 3]], dtype=np.float32)
    yield Case("hand_worked", (4, 2, table, np.zeros((1, 3, 2), np.float32)),
               probe="forward",
               expected=(tensor(table[None, :3]), True),
               guards="row p of the table is added at position p, starting from 0")
    yield Case("length_1_batch_2", (4, 2, table, np.ones((2, 1, 2), np.float32)),
               probe="forward",
               expected=(tensor(np.ones((2, 1, 2), np.float32)), True),
               guards="positions index the sequence dimension, not the batch dimension")
    for i, (max_len, d_model, B, L) in enumerate([(16, 8, 3, 10), (50, 32, 2, 7), (9, 5, 4, 9)]):
        t, x = _f32(rng, max_len, d_model), _f32(rng, B, L, d_model)
        yield Case(f"random_{i}_B{B}_L{L}", (max_len, d_model, t, x), probe="forward",
                   expected=(tensor(x + t[None, :L]), True))
    t, x = _f32(rng, 6, 4), _f32(rng, 6, 6, 4)
    yield Case("batch_equals_length", (6, 4, t, x), probe="forward",
               expected=(tensor(x + t[None]), True),
               guards="a square input (B == L): the table is still added along the sequence dimension")
    t, x = _f32(rng, 12, 6), _f32(rng, 2, 12, 6)
    yield Case("length_equals_max_len", (12, 6, t, x), probe="forward",
               expected=(tensor(x + t[None]), True),
               guards="L == max_len is valid: the length check must be L > max_len, not >=")
    t, x, g = _f32(rng, 10, 4), _f32(rng, 3, 7, 4), _f32(rng, 3, 7, 4)
    grad_table = np.zeros((10, 4), np.float32)
    grad_table[:7] = g.sum(axis=0)
    yield Case("table_gets_gradient", (10, 4, t, x, g), probe="grad",
               expected=(tensor(grad_table), tensor(g), 40),
               check=checkers.allclose(rtol=1e-5, atol=1e-5),
               guards="the table must be a trainable parameter that receives gradients")
    yield Case("too_long_raises", (37, 8, 41), probe="too_long",
               expected={"error": "ValueError", "message_names_lengths": True}, check=_check_error,
               guards="L > max_len must raise ValueError/IndexError naming L and max_len, "
                      "not a cryptic index error or a broadcasting error")
    yield Case("one_too_long_raises", (37, 8, 38), probe="too_long",
               expected={"error": "ValueError", "message_names_lengths": True}, check=_check_error,
               guards="max_len + 1 is already too long")
