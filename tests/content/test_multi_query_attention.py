"""The MQA reference agrees with torch's scaled_dot_product_attention(enable_gqa=True) with a
single key/value head, and with MHA whose key/value heads are all copies of one head."""

import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
F = torch.nn.functional

PROBLEMS = Path(__file__).resolve().parents[2] / "src" / "mianjing" / "content" / "problems"


def _load(slug):
    spec = importlib.util.spec_from_file_location(slug.replace("-", "_"),
                                                  PROBLEMS / slug / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("B, L, d_model, H", [(2, 5, 16, 4), (3, 6, 12, 3), (1, 7, 32, 8)])
def test_matches_torch_sdpa_with_one_kv_head(B, L, d_model, H):
    torch.manual_seed(0)
    m = _load("multi-query-attention").MultiQueryAttention(d_model, H).double()
    x = torch.randn(B, L, d_model, dtype=torch.float64)
    causal = torch.tril(torch.ones(L, L, dtype=torch.bool))
    with torch.no_grad():
        q = m.q_proj(x).view(B, L, H, -1).transpose(1, 2)
        k = m.k_proj(x)[:, None]
        v = m.v_proj(x)[:, None]
        out = F.scaled_dot_product_attention(q, k, v, attn_mask=causal, enable_gqa=True)
        expected = m.out_proj(out.transpose(1, 2).reshape(B, L, d_model))
        torch.testing.assert_close(m(x, causal), expected, rtol=1e-10, atol=1e-12)


def test_equals_mha_with_copied_kv_heads():
    torch.manual_seed(0)
    d_model, H = 16, 4
    mqa = _load("multi-query-attention").MultiQueryAttention(d_model, H).double()
    mha = _load("multi-head-attention").MultiHeadAttention(d_model, H).double()
    with torch.no_grad():
        for name in ("q_proj", "out_proj"):
            getattr(mha, name).load_state_dict(getattr(mqa, name).state_dict())
        for name in ("k_proj", "v_proj"):
            getattr(mha, name).weight.copy_(getattr(mqa, name).weight.repeat(H, 1))
            getattr(mha, name).bias.copy_(getattr(mqa, name).bias.repeat(H))
        x = torch.randn(2, 5, d_model, dtype=torch.float64)
        torch.testing.assert_close(mqa(x), mha(x), rtol=1e-10, atol=1e-12)
