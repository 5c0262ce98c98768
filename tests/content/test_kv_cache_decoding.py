"""The kv-cache-decoding reference: its full pass is torch's causal attention, and decoding
with the cache (token by token or in chunks) reproduces the full pass."""

import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
F = torch.nn.functional

PROBLEM = (Path(__file__).resolve().parents[2] / "src" / "mianjing" / "content" / "problems"
           / "kv-cache-decoding")


def _module(d_model, num_heads):
    spec = importlib.util.spec_from_file_location("kv_reference", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    torch.manual_seed(0)
    return module.CausalSelfAttention(d_model, num_heads).double()


def _torch_causal(m, x):
    B, L, D = x.shape
    q, k, v = (p(x).view(B, L, m.num_heads, -1).transpose(1, 2)
               for p in (m.q_proj, m.k_proj, m.v_proj))
    out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    return m.out_proj(out.transpose(1, 2).reshape(B, L, D)), k, v


@pytest.mark.parametrize("chunks", [[1] * 9, [4, 1, 1, 1, 1, 1], [3, 4, 2], [9]])
def test_decoding_in_chunks_matches_torch_causal_attention(chunks):
    m = _module(24, 3)
    x = torch.randn(2, 9, 24, dtype=torch.float64)
    with torch.no_grad():
        expected, k_full, v_full = _torch_causal(m, x)
        outs, cache, start = [], None, 0
        for n in chunks:
            out, cache = m(x[:, start:start + n], cache)
            outs.append(out)
            start += n
    torch.testing.assert_close(torch.cat(outs, dim=1), expected, rtol=1e-10, atol=1e-12)
    torch.testing.assert_close(cache[0], k_full, rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(cache[1], v_full, rtol=1e-12, atol=1e-12)


def test_step_on_given_cache_matches_sdpa_with_shifted_mask():
    m = _module(16, 2)
    B, T_past, L = 2, 5, 3
    k_past = torch.randn(B, 2, T_past, 8, dtype=torch.float64)
    v_past = torch.randn(B, 2, T_past, 8, dtype=torch.float64)
    x = torch.randn(B, L, 16, dtype=torch.float64)
    with torch.no_grad():
        out, (k, v) = m(x, (k_past, v_past))
        q = m.q_proj(x).view(B, L, 2, 8).transpose(1, 2)
        visible = torch.ones(L, T_past + L, dtype=torch.bool).tril(diagonal=T_past)
        ref = F.scaled_dot_product_attention(q, k, v, attn_mask=visible)
        ref = m.out_proj(ref.transpose(1, 2).reshape(B, L, 16))
    torch.testing.assert_close(out, ref, rtol=1e-10, atol=1e-12)
    torch.testing.assert_close(k[:, :, :T_past], k_past)
