import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-6, atol=1e-8)
COMPARE_F32 = checkers.allclose(rtol=1e-4, atol=1e-5)
NAMES = ("q_proj", "k_proj", "v_proj", "out_proj")


def _weights(rng, d_model, bias=True, dtype=np.float64):
    w = {}
    for name in NAMES:
        w[f"{name}.weight"] = (rng.standard_normal((d_model, d_model)) / np.sqrt(d_model)).astype(dtype)
        if bias:
            w[f"{name}.bias"] = (0.1 * rng.standard_normal(d_model)).astype(dtype)
    return w


def _numpy_mha(x, w, num_heads, mask=None):
    """Independent NumPy formula: split heads, scaled dot product per head, merge, project."""
    B, L, d_model = x.shape
    d = d_model // num_heads

    def linear(name, t):
        return t @ w[f"{name}.weight"].T + w.get(f"{name}.bias", 0.0)

    def split(t):
        return t.reshape(B, L, num_heads, d).transpose(0, 2, 1, 3)

    q, k, v = (split(linear(n, x)) for n in ("q_proj", "k_proj", "v_proj"))
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    p = np.exp(scores - scores.max(axis=-1, keepdims=True))
    p /= p.sum(axis=-1, keepdims=True)
    out = (p @ v).transpose(0, 2, 1, 3).reshape(B, L, d_model)
    return linear("out_proj", out).astype(x.dtype)


def _forward(name, rng, B, L, d_model, H, mask=None, bias=True, guards="", dtype=np.float64,
             check=None):
    w = _weights(rng, d_model, bias, dtype)
    x = rng.standard_normal((B, L, d_model)).astype(dtype)
    kwargs = {} if mask is None else {"mask": mask}
    if not bias:
        kwargs["bias"] = False
    return Case(name, (d_model, H, w, x), kwargs, probe="forward", show_input=False,
                expected=tensor(_numpy_mha(x, w, H, mask)), guards=guards, check=check)


def cases(rng):
    # d_model = 2, two heads of size 1, identity projections without bias: each head attends
    # with its own coordinate; a = sigmoid(1) = e / (e + 1).
    eye = {f"{n}.weight": np.eye(2) for n in NAMES} | {f"{n}.bias": np.zeros(2) for n in NAMES}
    x = np.array([[[1.0, 0.0], [0.0, 1.0]]])
    a = 1.0 / (1.0 + np.exp(-1.0))
    yield Case("hand_worked_two_heads", (2, 2, eye, x), probe="forward",
               expected=tensor(np.array([[[a, 0.5], [0.5, a]]])))

    yield Case("parameter_names_and_shapes", (12, 3), probe="parameters",
               expected={f"{n}.{p}": [12, 12] if p == "weight" else [12]
                         for n in NAMES for p in ("weight", "bias")},
               guards="attributes q_proj, k_proj, v_proj, out_proj as nn.Linear(d_model, d_model)")
    yield Case("parameter_names_without_bias", (12, 3), {"bias": False}, probe="parameters",
               expected={f"{n}.weight": [12, 12] for n in NAMES},
               guards="bias=False: no bias parameters at all")

    yield _forward("random_small", rng, 2, 5, 16, 4)
    yield _forward("random_batch_3", rng, 3, 7, 24, 3)
    yield _forward("single_head", rng, 2, 6, 8, 1,
                   guards="with one head the layer is plain projected attention")
    yield _forward("many_heads_split", rng, 2, 6, 32, 8,
                   guards="splitting heads: (B, L, d_model) -> (B, L, H, d) -> transpose to "
                          "(B, H, L, d); a reshape straight to (B, H, L, d) mixes positions")
    yield _forward("head_dim_64", rng, 2, 5, 256, 4,
                   guards="scores scaled by sqrt(head_dim) = 8, not sqrt(d_model) or d_model")
    L = 7
    causal = np.tril(np.ones((L, L), dtype=bool))
    yield _forward("causal_mask_broadcast", rng, 2, L, 16, 4, mask=causal,
                   guards="an (L, L) mask broadcast over batch and heads, applied before softmax")
    pad = np.ones((3, 1, 1, 6), dtype=bool)
    pad[0, ..., 4:] = False
    pad[2, ..., 1:] = False
    yield _forward("padding_mask", rng, 3, 6, 16, 2, mask=pad,
                   guards="padded keys (mask False) get exactly zero weight in every head")
    yield _forward("no_bias", rng, 2, 5, 16, 4, bias=False,
                   guards="bias=False must build the four nn.Linear without bias")
    yield _forward("float32", rng, 2, 6, 32, 4, dtype=np.float32, check=COMPARE_F32,
                   guards="a float32 module and input give a float32 output")
    yield _forward("length_one", rng, 2, 1, 16, 4,
                   guards="a single position attends only to itself")

    w = _weights(rng, 16)
    xg = rng.standard_normal((2, 5, 16))
    g = rng.standard_normal((2, 5, 16))
    yield Case("gradients", (16, 4, w, xg, g), {"mask": np.tril(np.ones((5, 5), dtype=bool))},
               probe="backward", show_input=False,
               guards="gradients reach x and all four projections (no detach, no in-place "
                      "edits of tensors autograd needs)")
