import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-6, atol=1e-8)
COMPARE_F32 = checkers.allclose(rtol=1e-4, atol=1e-5)


def _weights(rng, d_model, num_heads, dtype=np.float64):
    d = d_model // num_heads
    w = {}
    for name, n_out in (("q_proj", d_model), ("k_proj", d), ("v_proj", d),
                        ("out_proj", d_model)):
        w[f"{name}.weight"] = rng.standard_normal((n_out, d_model)) / np.sqrt(d_model)
        w[f"{name}.bias"] = 0.1 * rng.standard_normal(n_out)
    return {k: v.astype(dtype) for k, v in w.items()}


def _numpy_mqa(x, w, num_heads, mask=None):
    """Independent NumPy formula: H query heads, one key/value head shared by all of them."""
    B, L, d_model = x.shape
    d = d_model // num_heads

    def linear(name, t):
        return t @ w[f"{name}.weight"].T + w[f"{name}.bias"]

    q = linear("q_proj", x).reshape(B, L, num_heads, d).transpose(0, 2, 1, 3)  # (B, H, L, d)
    k = linear("k_proj", x)[:, None]                                            # (B, 1, L, d)
    v = linear("v_proj", x)[:, None]
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    p = np.exp(s - s.max(axis=-1, keepdims=True))
    p /= p.sum(axis=-1, keepdims=True)
    return linear("out_proj", (p @ v).transpose(0, 2, 1, 3).reshape(B, L, d_model))


def _forward(name, rng, B, L, d_model, H, mask=None, guards="", dtype=np.float64, check=None):
    w = _weights(rng, d_model, H, dtype)
    x = rng.standard_normal((B, L, d_model)).astype(dtype)
    kwargs = {} if mask is None else {"mask": mask}
    return Case(name, ([d_model, H], w, x), kwargs, probe="forward", show_input=False,
                expected=tensor(_numpy_mqa(x, w, H, mask).astype(dtype)), guards=guards,
                check=check)


def cases(rng):
    # The statement's example: two heads of size 1 share k = x[:, 0] and v = 2 x[:, 0] + x[:, 1].
    w = {"q_proj.weight": np.eye(2), "q_proj.bias": np.zeros(2),
         "k_proj.weight": np.array([[1.0, 0.0]]), "k_proj.bias": np.zeros(1),
         "v_proj.weight": np.array([[2.0, 1.0]]), "v_proj.bias": np.zeros(1),
         "out_proj.weight": np.eye(2), "out_proj.bias": np.zeros(2)}
    x = np.array([[[1.0, 0.0], [0.0, 1.0]]])
    a = 1.0 / (1.0 + np.exp(-1.0))
    top = 2.0 * a + (1.0 - a)
    yield Case("hand_worked_shared_kv", ([2, 2], w, x), probe="forward",
               expected=tensor(np.array([[[top, 1.5], [1.5, top]]])))

    yield Case("parameter_shapes", ([12, 3],), probe="parameters",
               expected={"q_proj.weight": [12, 12], "q_proj.bias": [12],
                         "k_proj.weight": [4, 12], "k_proj.bias": [4],
                         "v_proj.weight": [4, 12], "v_proj.bias": [4],
                         "out_proj.weight": [12, 12], "out_proj.bias": [12]},
               guards="k_proj and v_proj map d_model to ONE head of size head_dim "
                      "(that is the whole point of MQA: a KV cache H times smaller)")

    yield _forward("random_batch_2_heads_4", rng, 2, 5, 16, 4)
    yield _forward("batch_equals_heads", rng, 3, 6, 12, 3,
                   guards="the shared k/v needs its own head axis (B, 1, L, d); without it the "
                          "batch axis of k lines up with the head axis of q")
    yield _forward("batch_1", rng, 1, 7, 16, 2)
    yield _forward("many_heads_split", rng, 2, 6, 32, 8,
                   guards="splitting queries: (B, L, d_model) -> (B, L, H, d) -> transpose")
    yield _forward("head_dim_64", rng, 2, 4, 256, 4,
                   guards="scores scaled by sqrt(head_dim), not sqrt(d_model)")
    L = 6
    causal = np.tril(np.ones((L, L), dtype=bool))
    yield _forward("causal_mask", rng, 2, L, 16, 4, mask=causal,
                   guards="an (L, L) mask broadcast over batch and heads, applied before softmax")
    pad = np.ones((2, 1, 1, 5), dtype=bool)
    pad[0, ..., 2:] = False
    yield _forward("padding_mask", rng, 2, 5, 16, 2, mask=pad,
                   guards="padded keys get exactly zero weight in every head")
    yield _forward("float32", rng, 2, 5, 32, 4, dtype=np.float32, check=COMPARE_F32,
                   guards="a float32 module and input give a float32 output")

    wg = _weights(rng, 16, 4)
    xg = rng.standard_normal((2, 5, 16))
    g = rng.standard_normal((2, 5, 16))
    yield Case("gradients", ([16, 4], wg, xg, g), probe="backward", show_input=False,
               guards="gradients of the shared k_proj/v_proj collect contributions of all heads")
