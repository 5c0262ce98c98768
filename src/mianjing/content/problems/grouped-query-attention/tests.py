import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-6, atol=1e-8)
COMPARE_F32 = checkers.allclose(rtol=1e-4, atol=1e-5)


def _weights(rng, d_model, num_heads, num_kv_heads, dtype=np.float64):
    kv = num_kv_heads * (d_model // num_heads)
    w = {}
    for name, n_out in (("q_proj", d_model), ("k_proj", kv), ("v_proj", kv),
                        ("out_proj", d_model)):
        w[f"{name}.weight"] = rng.standard_normal((n_out, d_model)) / np.sqrt(d_model)
        w[f"{name}.bias"] = 0.1 * rng.standard_normal(n_out)
    return {k: v.astype(dtype) for k, v in w.items()}


def _numpy_gqa(x, w, H, G, mask=None):
    """Independent NumPy formula: query head h reads key/value head h // (H // G)."""
    B, L, d_model = x.shape
    d = d_model // H

    def linear(name, t):
        return t @ w[f"{name}.weight"].T + w[f"{name}.bias"]

    def heads(t, n):
        return t.reshape(B, L, n, d).transpose(0, 2, 1, 3)

    q = heads(linear("q_proj", x), H)
    group = np.arange(H) // (H // G)
    k = heads(linear("k_proj", x), G)[:, group]
    v = heads(linear("v_proj", x), G)[:, group]
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    p = np.exp(s - s.max(axis=-1, keepdims=True))
    p /= p.sum(axis=-1, keepdims=True)
    return linear("out_proj", (p @ v).transpose(0, 2, 1, 3).reshape(B, L, d_model))


def _forward(name, rng, B, L, d_model, H, G, mask=None, guards="", dtype=np.float64,
             check=None):
    w = _weights(rng, d_model, H, G, dtype)
    x = rng.standard_normal((B, L, d_model)).astype(dtype)
    kwargs = {} if mask is None else {"mask": mask}
    return Case(name, ([d_model, H, G], w, x), kwargs, probe="forward", show_input=False,
                expected=tensor(_numpy_gqa(x, w, H, G, mask).astype(dtype)), guards=guards,
                check=check)


def cases(rng):
    # The statement's example: one token, 4 query heads of size 1, 2 kv heads with values
    # [1, 2]: heads 0, 1 read kv head 0 and heads 2, 3 read kv head 1.
    w = {"q_proj.weight": np.eye(4), "q_proj.bias": np.zeros(4),
         "k_proj.weight": np.zeros((2, 4)), "k_proj.bias": np.zeros(2),
         "v_proj.weight": np.eye(2, 4), "v_proj.bias": np.zeros(2),
         "out_proj.weight": np.eye(4), "out_proj.bias": np.zeros(4)}
    x = np.array([[[1.0, 2.0, 3.0, 4.0]]])
    yield Case("hand_worked_group_order", ([4, 4, 2], w, x), probe="forward",
               expected=tensor(np.array([[[1.0, 1.0, 2.0, 2.0]]])),
               guards="heads 0..H/G-1 share kv head 0 (repeat_interleave), not heads "
                      "0, G, 2G, ... (repeat)")

    yield Case("parameter_shapes", ([24, 6, 2],), probe="parameters",
               expected={"q_proj.weight": [24, 24], "q_proj.bias": [24],
                         "k_proj.weight": [8, 24], "k_proj.bias": [8],
                         "v_proj.weight": [8, 24], "v_proj.bias": [8],
                         "out_proj.weight": [24, 24], "out_proj.bias": [24]},
               guards="k_proj/v_proj map d_model to num_kv_heads * head_dim")
    yield Case("rejects_indivisible_heads", ([24, 6, 4],), probe="construct", expected="error",
               guards="num_heads must be a multiple of num_kv_heads (raise ValueError)")

    yield _forward("random_8_heads_2_groups", rng, 2, 5, 32, 8, 2,
                   guards="query head h uses kv head h // (H // G)")
    yield _forward("random_6_heads_3_groups", rng, 2, 6, 24, 6, 3)
    yield _forward("groups_equal_heads_is_mha", rng, 2, 5, 16, 4, 4,
                   guards="num_kv_heads == num_heads is ordinary multi-head attention")
    yield _forward("one_group_is_mqa", rng, 2, 5, 16, 4, 1,
                   guards="num_kv_heads == 1 is multi-query attention")
    yield _forward("batch_equals_kv_heads", rng, 2, 4, 16, 4, 2)
    yield _forward("head_dim_64", rng, 2, 4, 256, 4, 2,
                   guards="scores scaled by sqrt(head_dim), not sqrt(d_model)")
    L = 6
    causal = np.tril(np.ones((L, L), dtype=bool))
    yield _forward("causal_mask", rng, 2, L, 16, 4, 2, mask=causal,
                   guards="an (L, L) mask broadcast over batch and heads, applied before softmax")
    pad = np.ones((2, 1, 1, 5), dtype=bool)
    pad[1, ..., 3:] = False
    yield _forward("padding_mask", rng, 2, 5, 16, 4, 2, mask=pad,
                   guards="padded keys get exactly zero weight in every head")
    yield _forward("float32", rng, 2, 5, 32, 8, 4, dtype=np.float32, check=COMPARE_F32,
                   guards="a float32 module and input give a float32 output")

    wg = _weights(rng, 16, 4, 2)
    xg = rng.standard_normal((2, 5, 16))
    g = rng.standard_normal((2, 5, 16))
    yield Case("gradients", ([16, 4, 2], wg, xg, g), probe="backward", show_input=False,
               guards="gradients flow through the shared kv heads to k_proj/v_proj")
