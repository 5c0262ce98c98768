import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated, tensor

COMPARE = checkers.allclose(rtol=1e-6, atol=1e-8)
COMPARE_F32 = checkers.allclose(rtol=1e-4, atol=1e-5)
NAMES = ("q_proj", "k_proj", "v_proj", "out_proj")
TIME_FACTOR = 8.0


def _weights(rng, d_model, dtype=np.float64):
    w = {}
    for name in NAMES:
        w[f"{name}.weight"] = rng.standard_normal((d_model, d_model)) / np.sqrt(d_model)
        w[f"{name}.bias"] = 0.1 * rng.standard_normal(d_model)
    return {k: v.astype(dtype) for k, v in w.items()}


def _numpy_attention(x, w, num_heads, k_past=None, v_past=None):
    """Independent NumPy formula: the L new tokens follow T_past cached ones; new token i sits
    at position T_past + i and attends to keys 0 .. T_past + i."""
    B, L, d_model = x.shape
    d = d_model // num_heads

    def linear(name, t):
        return t @ w[f"{name}.weight"].T + w[f"{name}.bias"]

    def heads(t):
        return t.reshape(B, L, num_heads, d).transpose(0, 2, 1, 3)

    q, k, v = (heads(linear(n, x)) for n in ("q_proj", "k_proj", "v_proj"))
    if k_past is not None:
        k = np.concatenate([k_past, k], axis=2)
        v = np.concatenate([v_past, v], axis=2)
    T = k.shape[2]
    visible = np.arange(T)[None, :] <= (T - L + np.arange(L))[:, None]      # (L, T)
    s = np.where(visible, q @ k.transpose(0, 1, 3, 2) / np.sqrt(d), -np.inf)
    p = np.exp(s - s.max(axis=-1, keepdims=True))
    p /= p.sum(axis=-1, keepdims=True)
    out = linear("out_proj", (p @ v).transpose(0, 2, 1, 3).reshape(B, L, d_model))
    return out, k, v


def _expected(x, w, H, k_past=None, v_past=None, **counts):
    out, k, v = _numpy_attention(x, w, H, k_past, v_past)
    return {"out": tensor(out), "k": tensor(k), "v": tensor(v), **counts}


def cases(rng):
    # The statement's example: one head of size 1, identity projections, x = 1, 0, 2.
    w1 = {f"{n}.weight": np.eye(1) for n in NAMES} | {f"{n}.bias": np.zeros(1) for n in NAMES}
    x1 = np.array([[[1.0], [0.0], [2.0]]])
    e2 = np.exp(2.0)
    out1 = np.array([[[1.0], [0.5], [(e2 + 2 * e2 * e2) / (e2 + 1 + e2 * e2)]]])
    yield Case("hand_worked_full_pass", (1, 1, w1, x1), probe="full",
               expected={"out": tensor(out1), "k": tensor(x1[:, None]), "v": tensor(x1[:, None])},
               guards="causal: position t sees positions 0..t, itself included")
    yield Case("hand_worked_one_token_at_a_time", (1, 1, w1, x1, [1, 1, 1]), probe="decode",
               expected={"out": tensor(out1), "k": tensor(x1[:, None]), "v": tensor(x1[:, None]),
                         "k_proj_rows": 3, "v_proj_rows": 3})

    B, L, d_model, H = 2, 7, 16, 4
    w = _weights(rng, d_model)
    x = rng.standard_normal((B, L, d_model))
    yield Case("full_pass_is_causal", (d_model, H, w, x), probe="full", show_input=False,
               expected=_expected(x, w, H),
               guards="without a cache the call is ordinary causal self-attention and returns "
                      "the keys/values of all L tokens as (B, H, L, head_dim)")
    yield Case("token_by_token_equals_full_pass", (d_model, H, w, x, [1] * L), probe="decode",
               show_input=False, expected=_expected(x, w, H, k_proj_rows=B * L,
                                                    v_proj_rows=B * L),
               guards="feeding one token at a time with the cache gives the full causal pass; "
                      "each token goes through k_proj/v_proj exactly once (no recomputing "
                      "the past)")
    yield Case("prefill_then_decode", (d_model, H, w, x, [4, 1, 1, 1]), probe="decode",
               show_input=False, expected=_expected(x, w, H, k_proj_rows=B * L,
                                                    v_proj_rows=B * L),
               guards="a prompt of 4 tokens, then single-token steps")

    B, L, d_model, H = 3, 10, 24, 3
    w = _weights(rng, d_model)
    x = rng.standard_normal((B, L, d_model))
    yield Case("chunks_with_cache", (d_model, H, w, x, [3, 4, 1, 2]), probe="decode",
               show_input=False, expected=_expected(x, w, H, k_proj_rows=B * L,
                                                    v_proj_rows=B * L),
               guards="several new tokens after a cache: new token i sits at position "
                      "T_past + i, so the causal mask is shifted by T_past (tril with "
                      "diagonal T_past) and still hides later new tokens")

    B, T_past, L, d_model, H = 2, 5, 1, 16, 2
    w = _weights(rng, d_model)
    kp = rng.standard_normal((B, H, T_past, d_model // H))
    vp = rng.standard_normal((B, H, T_past, d_model // H))
    x = rng.standard_normal((B, L, d_model))
    yield Case("given_cache_one_token", (d_model, H, w, x, kp, vp), probe="given_cache",
               show_input=False, expected=_expected(x, w, H, kp, vp),
               guards="the past comes only from the cache argument, laid out (B, H, T_past, "
                      "head_dim) and extended along the time axis (dim 2); nothing is kept "
                      "inside the module between calls")
    L = 3
    x = rng.standard_normal((B, L, d_model))
    yield Case("given_cache_three_tokens", (d_model, H, w, x, kp, vp), probe="given_cache",
               show_input=False, expected=_expected(x, w, H, kp, vp),
               guards="three new tokens after a given cache: shifted causal mask")

    w32 = _weights(rng, 32, np.float32)
    x32 = rng.standard_normal((2, 6, 32)).astype(np.float32)
    out32, k32, v32 = _numpy_attention(x32.astype(np.float64), w32, 4)
    yield Case("float32_decode", (32, 4, w32, x32, [2, 1, 1, 1, 1]), probe="decode",
               show_input=False, check=COMPARE_F32,
               expected={"out": tensor(out32.astype(np.float32)),
                         "k": tensor(k32.astype(np.float32)), "v": tensor(v32.astype(np.float32)),
                         "k_proj_rows": 12, "v_proj_rows": 12},
               guards="float32 module, input and cache stay float32")

    # complexity guard: one step after a cache of 16384 tokens must cost O(T_past), not
    # O(T_past^2) (e.g. building a (T, T) causal mask every step)
    T_long, H, d = 16384, 2, 16
    wl = _weights(rng, H * d, np.float32)
    xl = rng.standard_normal((1, 1, H * d)).astype(np.float32)
    f32 = {"dtype": "float32"}
    yield Case("long_cache_single_step", (H * d, H, wl, xl,
                                          Generated("normal", (1, H, T_long, d), 11, f32),
                                          Generated("normal", (1, H, T_long, d), 12, f32)),
               probe="long_cache_step", show_input=False, timed=True, check=COMPARE_F32,
               guards="a decoding step with a long cache is linear in T_past: no (T, T) mask, "
                      "no work on past positions beyond reading the cache")
