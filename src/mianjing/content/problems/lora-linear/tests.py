import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-10)
COMPARE_F32 = checkers.allclose(rtol=1e-5, atol=1e-5)


def _lora_numpy(W, b, A, B, x, scaling):
    out = x @ W.T + scaling * (x @ A.T) @ B.T
    return out + b if b is not None else out


def _weights(rng, in_f, out_f, r, bias, dtype=np.float64):
    W = rng.standard_normal((out_f, in_f)).astype(dtype)
    b = rng.standard_normal(out_f).astype(dtype) if bias else None
    A = rng.standard_normal((r, in_f)).astype(dtype)
    B = rng.standard_normal((out_f, r)).astype(dtype)
    return W, b, A, B


def _init_expected(in_f, out_f, r, dtype="float32"):
    return {
        "lora_A_shape": [r, in_f], "lora_B_shape": [out_f, r], "lora_A_dtype": f"torch.{dtype}",
        "lora_A_nonzero": True, "lora_B_zero": True, "base_frozen": True,
        "base_weight_grad_is_none": True, "lora_trainable": True,
        "output_equals_base_at_init": True, "lora_B_gets_gradient_at_init": True,
        "trainable_parameters": r * (in_f + out_f), "counted_trainable": r * (in_f + out_f),
    }


def cases(rng):
    exact = checkers.exact()
    for name, (in_f, out_f, r, alpha, bias, xshape, dtype) in {
        "init_with_bias": (16, 8, 4, 8.0, True, (5, 16), "float32"),
        "init_no_bias_3d_input": (32, 32, 2, 16.0, False, (2, 3, 32), "float32"),
        "init_float64_base": (10, 6, 3, 3.0, True, (4, 10), "float64"),
    }.items():
        x = rng.standard_normal(xshape).astype(dtype)
        yield Case(name, (in_f, out_f, r, alpha, bias, x, dtype), probe="init", check=exact,
                   expected=_init_expected(in_f, out_f, r, dtype),
                   guards="base frozen; lora_A random (r, in), lora_B zeros (out, r) in the base "
                          "dtype; output equals base at init; only r*(in+out) trainable elements")

    W, b = np.eye(2), np.zeros(2)
    A, B, x = np.array([[1.0, 1.0]]), np.array([[1.0], [0.0]]), np.array([[1.0, 2.0]])
    yield Case("hand_worked_forward", (1, 2.0, W, b, A, B, x), probe="forward",
               expected=tensor(np.array([[7.0, 2.0]])),
               guards="y = x W^T + b + (alpha / r) (x A^T) B^T")
    yield Case("hand_worked_merge", (1, 2.0, W, b, A, B, x), probe="merge",
               expected=(tensor(np.array([[7.0, 2.0]])), tensor(np.array([[7.0, 2.0]])), True),
               guards="merged weight W + (alpha / r) B A; merge() leaves the module unchanged")

    for i, (in_f, out_f, r, alpha, bias, xshape) in enumerate([
            (12, 7, 3, 6.0, True, (2, 4, 12)), (9, 9, 4, 1.0, False, (5, 9)),
            (20, 5, 1, 16.0, True, (3, 20))]):
        W, b, A, B = _weights(rng, in_f, out_f, r, bias)
        x = rng.standard_normal(xshape)
        y = _lora_numpy(W, b, A, B, x, alpha / r)
        yield Case(f"forward_{i}_r{r}_alpha{alpha:g}", (r, alpha, W, b, A, B, x), probe="forward",
                   expected=tensor(y), guards="scaling is alpha / r, not alpha and not r / alpha")
        yield Case(f"merge_{i}_r{r}_alpha{alpha:g}", (r, alpha, W, b, A, B, x), probe="merge",
                   expected=(tensor(y), tensor(y), True),
                   guards="merge() returns a new nn.Linear with the bias copied; scaling included; "
                          "the base weight is not modified in place")
    W, b, A, B = _weights(rng, 24, 16, 4, True, np.float32)
    x = rng.standard_normal((3, 6, 24)).astype(np.float32)
    yield Case("forward_float32", (4, 8.0, W, b, A, B, x), probe="forward", check=COMPARE_F32,
               expected=tensor(_lora_numpy(W, b, A, B, x, 2.0).astype(np.float32)))

    in_f, out_f, r, alpha = 8, 6, 2, 4.0
    W, b, A, B = _weights(rng, in_f, out_f, r, True)
    x, g = rng.standard_normal((2, 3, in_f)), rng.standard_normal((2, 3, out_f))
    s = alpha / r
    xf, gf = x.reshape(-1, in_f), g.reshape(-1, out_f)
    grad_B = s * gf.T @ (xf @ A.T)                  # (out, r)
    grad_A = s * (gf @ B).T @ xf                    # (r, in)
    yield Case("gradients_flow_to_lora_only", (r, alpha, W, b, A, B, x, g), probe="grad",
               expected=(tensor(grad_A), tensor(grad_B), True),
               check=checkers.allclose(rtol=1e-8, atol=1e-10),
               guards="gradients reach lora_A and lora_B (scaled by alpha / r); base gets none")
