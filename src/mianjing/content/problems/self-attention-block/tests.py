import numpy as np
from scipy.special import erf

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, tensor

COMPARE = checkers.allclose(rtol=1e-6, atol=1e-8)
COMPARE_F32 = checkers.allclose(rtol=1e-4, atol=1e-5)
ATTN = ("q_proj", "k_proj", "v_proj", "out_proj")
EPS = 1e-5


def _weights(rng, d_model, d_ff, dtype=np.float64):
    def linear(n_out, n_in):
        return rng.standard_normal((n_out, n_in)) / np.sqrt(n_in), 0.1 * rng.standard_normal(n_out)

    w = {}
    for name in ("ln1", "ln2"):
        w[f"{name}.weight"] = 1.0 + 0.2 * rng.standard_normal(d_model)
        w[f"{name}.bias"] = 0.2 * rng.standard_normal(d_model)
    for name in ATTN:
        w[f"attn.{name}.weight"], w[f"attn.{name}.bias"] = linear(d_model, d_model)
    w["fc1.weight"], w["fc1.bias"] = linear(d_ff, d_model)
    w["fc2.weight"], w["fc2.bias"] = linear(d_model, d_ff)
    return {k: v.astype(dtype) for k, v in w.items()}


def _identity_weights(d_model):
    """LayerNorms with gamma = 1, beta = 0; every Linear the identity without bias."""
    w = {"ln1.weight": np.ones(d_model), "ln1.bias": np.zeros(d_model),
         "ln2.weight": np.ones(d_model), "ln2.bias": np.zeros(d_model)}
    for name in [f"attn.{n}" for n in ATTN] + ["fc1", "fc2"]:
        w[f"{name}.weight"] = np.eye(d_model)
        w[f"{name}.bias"] = np.zeros(d_model)
    return w


def _numpy_block(x, w, num_heads, mask=None):
    """Independent NumPy formula of the pre-norm block (exact erf GELU, LayerNorm eps 1e-5)."""
    B, L, d_model = x.shape
    d = d_model // num_heads

    def linear(name, t):
        return t @ w[f"{name}.weight"].T + w[f"{name}.bias"]

    def layer_norm(name, t):
        mu = t.mean(axis=-1, keepdims=True)
        var = t.var(axis=-1, keepdims=True)
        return (t - mu) / np.sqrt(var + EPS) * w[f"{name}.weight"] + w[f"{name}.bias"]

    def split(t):
        return t.reshape(B, L, num_heads, d).transpose(0, 2, 1, 3)

    h = layer_norm("ln1", x)
    q, k, v = (split(linear(f"attn.{n}", h)) for n in ("q_proj", "k_proj", "v_proj"))
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    p = np.exp(s - s.max(axis=-1, keepdims=True))
    p /= p.sum(axis=-1, keepdims=True)
    x = x + linear("attn.out_proj", (p @ v).transpose(0, 2, 1, 3).reshape(B, L, d_model))
    u = linear("fc1", layer_norm("ln2", x))
    x = x + linear("fc2", 0.5 * u * (1.0 + erf(u / np.sqrt(2.0))))
    return x


def _forward(name, rng, B, L, d_model, H, d_ff, mask=None, guards="", dtype=np.float64,
             check=None):
    w = _weights(rng, d_model, d_ff, dtype)
    x = (2.0 * rng.standard_normal((B, L, d_model)) + 0.5).astype(dtype)
    kwargs = {} if mask is None else {"mask": mask}
    return Case(name, (d_model, H, d_ff, w, x), kwargs, probe="forward", show_input=False,
                expected=tensor(_numpy_block(x.astype(np.float64), w, H, mask).astype(dtype)),
                guards=guards, check=check)


def cases(rng):
    # The statement's example: one token x = [1, 3], identity weights.
    x = np.array([[[1.0, 3.0]]])
    w = _identity_weights(2)
    yield Case("hand_worked_identity_weights", (2, 1, 2, w, x), probe="forward",
               expected=tensor(_numpy_block(x, w, 1)))

    d_model, H, d_ff = 8, 2, 32
    shapes = {f"{n}.{p}": [d_model] for n in ("ln1", "ln2") for p in ("weight", "bias")}
    for n in ATTN:
        shapes[f"attn.{n}.weight"], shapes[f"attn.{n}.bias"] = [d_model, d_model], [d_model]
    shapes |= {"fc1.weight": [d_ff, d_model], "fc1.bias": [d_ff],
               "fc2.weight": [d_model, d_ff], "fc2.bias": [d_model]}
    yield Case("parameter_names_and_shapes", (d_model, H, d_ff), probe="parameters",
               expected=shapes,
               guards="attributes ln1, attn.{q,k,v,out}_proj, ln2, fc1, fc2 and nothing else")

    yield _forward("random_small", rng, 2, 5, 16, 4, 64)
    yield _forward("random_wide_ffn", rng, 3, 6, 12, 3, 48)
    yield _forward("different_layer_norms", rng, 2, 4, 8, 2, 16,
                   guards="ln1 before attention and ln2 before the MLP are two separate "
                          "LayerNorms, each on its own sublayer input")
    yield _forward("residual_stream_unnormalised", rng, 2, 6, 16, 2, 32,
                   guards="pre-norm: the residual adds to the raw x, not to ln1(x); the output "
                          "is not normalised (that would be post-norm)")
    L = 6
    causal = np.tril(np.ones((L, L), dtype=bool))
    yield _forward("causal_mask", rng, 2, L, 16, 4, 32, mask=causal,
                   guards="the mask is passed on to the attention sublayer")
    pad = np.ones((2, 1, 1, 5), dtype=bool)
    pad[1, ..., 3:] = False
    yield _forward("padding_mask", rng, 2, 5, 16, 4, 32, mask=pad,
                   guards="padding keys get zero attention weight")
    yield _forward("large_activations_gelu", rng, 2, 5, 16, 2, 64,
                   guards="GELU is the exact x * Phi(x) (nn.GELU() default), not ReLU and not "
                          "the tanh approximation")
    yield _forward("float32", rng, 2, 5, 16, 4, 32, dtype=np.float32, check=COMPARE_F32,
                   guards="a float32 module and input give a float32 output")

    wg = _weights(rng, 8, 16)
    xg = rng.standard_normal((2, 4, 8))
    g = rng.standard_normal((2, 4, 8))
    yield Case("gradients", (8, 2, 16, wg, xg, g), probe="backward", show_input=False,
               guards="gradients reach x and every parameter through both residual branches")
