"""The self-attention-block reference agrees with torch.nn.TransformerEncoderLayer(norm_first)."""

import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

PROBLEM = (Path(__file__).resolve().parents[2] / "src" / "mianjing" / "content" / "problems"
           / "self-attention-block")


def _reference():
    spec = importlib.util.spec_from_file_location("block_reference", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pair(d_model, num_heads, d_ff):
    torch.manual_seed(0)
    ours = _reference().TransformerBlock(d_model, num_heads, d_ff).double()
    theirs = torch.nn.TransformerEncoderLayer(d_model, num_heads, d_ff, dropout=0.0,
                                              activation="gelu", batch_first=True,
                                              norm_first=True).double()
    with torch.no_grad():
        for p in ours.parameters():   # make ln1 and ln2 differ from the default (1, 0)
            p.add_(0.1 * torch.randn_like(p))
        a = ours.attn
        theirs.self_attn.in_proj_weight.copy_(torch.cat([a.q_proj.weight, a.k_proj.weight,
                                                         a.v_proj.weight]))
        theirs.self_attn.in_proj_bias.copy_(torch.cat([a.q_proj.bias, a.k_proj.bias,
                                                       a.v_proj.bias]))
        theirs.self_attn.out_proj.load_state_dict(a.out_proj.state_dict())
        theirs.norm1.load_state_dict(ours.ln1.state_dict())
        theirs.norm2.load_state_dict(ours.ln2.state_dict())
        theirs.linear1.load_state_dict(ours.fc1.state_dict())
        theirs.linear2.load_state_dict(ours.fc2.state_dict())
    return ours, theirs


@pytest.mark.parametrize("B, L, d_model, num_heads, d_ff", [(2, 5, 16, 4, 64), (3, 7, 12, 3, 20)])
def test_matches_torch_encoder_layer(B, L, d_model, num_heads, d_ff):
    ours, theirs = _pair(d_model, num_heads, d_ff)
    x = torch.randn(B, L, d_model, dtype=torch.float64)
    torch.testing.assert_close(ours(x), theirs(x), rtol=1e-10, atol=1e-12)


def test_matches_torch_encoder_layer_with_causal_mask():
    ours, theirs = _pair(16, 2, 32)
    L = 6
    x = torch.randn(2, L, 16, dtype=torch.float64)
    causal = torch.tril(torch.ones(L, L, dtype=torch.bool))
    torch.testing.assert_close(ours(x, causal), theirs(x, src_mask=~causal),  # torch: True = blocked
                               rtol=1e-10, atol=1e-12)
