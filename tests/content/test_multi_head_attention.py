"""The multi-head-attention reference agrees with torch.nn.MultiheadAttention."""

import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

PROBLEM = (Path(__file__).resolve().parents[2] / "src" / "mianjing" / "content" / "problems"
           / "multi-head-attention")


def _reference():
    spec = importlib.util.spec_from_file_location("mha_reference", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pair(d_model, num_heads, bias):
    torch.manual_seed(0)
    ours = _reference().MultiHeadAttention(d_model, num_heads, bias=bias).double()
    theirs = torch.nn.MultiheadAttention(d_model, num_heads, bias=bias, batch_first=True).double()
    with torch.no_grad():
        theirs.in_proj_weight.copy_(torch.cat([ours.q_proj.weight, ours.k_proj.weight,
                                               ours.v_proj.weight]))
        theirs.out_proj.weight.copy_(ours.out_proj.weight)
        if bias:
            theirs.in_proj_bias.copy_(torch.cat([ours.q_proj.bias, ours.k_proj.bias,
                                                 ours.v_proj.bias]))
            theirs.out_proj.bias.copy_(ours.out_proj.bias)
    return ours, theirs


@pytest.mark.parametrize("B, L, d_model, num_heads, bias",
                         [(2, 5, 16, 4, True), (3, 7, 24, 3, False), (1, 4, 8, 1, True)])
def test_matches_torch_multihead_attention(B, L, d_model, num_heads, bias):
    ours, theirs = _pair(d_model, num_heads, bias)
    x = torch.randn(B, L, d_model, dtype=torch.float64)
    expected, _ = theirs(x, x, x, need_weights=False)
    torch.testing.assert_close(ours(x), expected, rtol=1e-10, atol=1e-12)


def test_matches_torch_with_causal_and_padding_masks():
    ours, theirs = _pair(16, 4, True)
    B, L = 3, 6
    x = torch.randn(B, L, 16, dtype=torch.float64)
    causal = torch.tril(torch.ones(L, L, dtype=torch.bool))
    expected, _ = theirs(x, x, x, attn_mask=~causal, need_weights=False)   # torch: True = blocked
    torch.testing.assert_close(ours(x, causal), expected, rtol=1e-10, atol=1e-12)
    keep = torch.ones(B, L, dtype=torch.bool)
    keep[0, 4:] = False
    expected, _ = theirs(x, x, x, key_padding_mask=~keep, need_weights=False)
    torch.testing.assert_close(ours(x, keep[:, None, None, :]), expected, rtol=1e-10, atol=1e-12)
