"""The GQA reference agrees with torch's scaled_dot_product_attention(enable_gqa=True), and
reduces to MHA (num_kv_heads == num_heads) and to the MQA reference (num_kv_heads == 1)."""

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


def _torch_gqa(m, x, mask=None):
    B, L, D = x.shape
    H, G = m.num_heads, m.num_kv_heads
    q = m.q_proj(x).view(B, L, H, -1).transpose(1, 2)
    k = m.k_proj(x).view(B, L, G, -1).transpose(1, 2)
    v = m.v_proj(x).view(B, L, G, -1).transpose(1, 2)
    out = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, enable_gqa=True)
    return m.out_proj(out.transpose(1, 2).reshape(B, L, D))


@pytest.mark.parametrize("d_model, H, G", [(32, 8, 2), (24, 6, 3), (16, 4, 4), (16, 4, 1)])
def test_matches_torch_sdpa_enable_gqa(d_model, H, G):
    torch.manual_seed(0)
    m = _load("grouped-query-attention").GroupedQueryAttention(d_model, H, G).double()
    x = torch.randn(2, 6, d_model, dtype=torch.float64)
    causal = torch.tril(torch.ones(6, 6, dtype=torch.bool))
    with torch.no_grad():
        torch.testing.assert_close(m(x), _torch_gqa(m, x), rtol=1e-10, atol=1e-12)
        torch.testing.assert_close(m(x, causal), _torch_gqa(m, x, causal), rtol=1e-10,
                                   atol=1e-12)


def test_one_kv_head_equals_mqa_reference():
    torch.manual_seed(0)
    gqa = _load("grouped-query-attention").GroupedQueryAttention(16, 4, 1).double()
    mqa = _load("multi-query-attention").MultiQueryAttention(16, 4).double()
    mqa.load_state_dict(gqa.state_dict())
    x = torch.randn(3, 5, 16, dtype=torch.float64)
    with torch.no_grad():
        torch.testing.assert_close(mqa(x), gqa(x), rtol=1e-10, atol=1e-12)
        torch.testing.assert_close(mqa(x), _torch_gqa(gqa, x), rtol=1e-10, atol=1e-12)


def test_all_kv_heads_equals_mha_reference():
    torch.manual_seed(0)
    gqa = _load("grouped-query-attention").GroupedQueryAttention(16, 4, 4).double()
    mha = _load("multi-head-attention").MultiHeadAttention(16, 4).double()
    mha.load_state_dict(gqa.state_dict())
    x = torch.randn(2, 5, 16, dtype=torch.float64)
    with torch.no_grad():
        torch.testing.assert_close(mha(x), gqa(x), rtol=1e-10, atol=1e-12)


def test_indivisible_heads_raise_value_error():
    with pytest.raises(ValueError):
        _load("grouped-query-attention").GroupedQueryAttention(24, 6, 4)
